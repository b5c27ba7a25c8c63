import { appendRows, audienceSamples, commentSamples, followerSamples, type Row, type Warehouse } from '@creator-audit/warehouse';

export const SAMPLED_AT = new Date('2026-06-01T00:00:00Z');
const DAY = 86_400_000;

/** A follower as the list would land it, with plain defaults: an old account following a few, posting, with a bio. */
export function follower(i: number, row: Row = {}): Row {
  return {
    page: 1,
    page_min_time: null,
    page_max_time: null,
    follower_user_id: `u${i}`,
    follower_sec_uid: null,
    follower_username: `fan.of.things${i % 10}`,
    nickname: `Fan ${i}`,
    bio: 'coffee • travel',
    avatar: 'tos-maliva-avt-0068/abc',
    followers: 120,
    following: 300,
    likes_received: 900,
    video_count: 12,
    account_created_at: new Date(SAMPLED_AT.getTime() - 800 * DAY),
    verified: false,
    private_account: false,
    count_problems: [],
    ...row,
  };
}

/** A bot as bought followers look: empty, days old, following thousands, followed by nobody. */
export const bot = (i: number): Row =>
  follower(i, {
    follower_username: `user${7_000_000_000 + i}`,
    nickname: `user${7_000_000_000 + i}`,
    bio: '',
    avatar: 'musically-maliva-obj/1594805258216454',
    followers: 0,
    following: 3_200,
    likes_received: 0,
    video_count: 0,
    account_created_at: new Date(SAMPLED_AT.getTime() - 5 * DAY),
  });

/** A real follower who never posts: empty-looking too, but years old and following a hundred. */
export const silent = (i: number): Row =>
  follower(i, {
    follower_username: `user${8_000_000_000 + i}`,
    nickname: `user${8_000_000_000 + i}`,
    bio: '',
    avatar: 'musically-maliva-obj/1594805258216454',
    followers: 4,
    following: 100,
    likes_received: 0,
    video_count: 0,
  });

export interface SampleFixture {
  username: string;
  followers?: Row[];
  comments?: Array<{ video: string; commenter: string; text: string | null; row?: Row }>;
  videosSampled?: number;
  outcome?: string;
  sampledAt?: Date;
  runId?: string;
}

/** Lands audience samples (one per fixture) with their followers and comments, as ingest lands them. */
export async function landSamples(warehouse: Warehouse, fixtures: readonly SampleFixture[]): Promise<void> {
  const samples: Row[] = [];
  const followers: Row[] = [];
  const comments: Row[] = [];
  for (const f of fixtures) {
    const runId = f.runId ?? 'run-a';
    const sampledAt = f.sampledAt ?? SAMPLED_AT;
    const base = { run_id: runId, username: f.username, provider: 'synthetic' };
    samples.push({
      ...base,
      outcome: f.outcome ?? 'ok',
      detail: null,
      snapshot_at: null,
      sec_uid_source: 'snapshot',
      sampled_at: sampledAt,
      followers_asked: 200,
      followers_sampled: f.followers?.length ?? 0,
      followers_listed: null,
      follower_pages: 1,
      follower_stop: 'limit',
      window_from: null,
      window_to: null,
      videos_asked: 5,
      videos_sampled: f.videosSampled ?? new Set((f.comments ?? []).map((c) => c.video)).size,
      comments_asked_per_video: 50,
      comments_sampled: f.comments?.length ?? 0,
      comment_pages: 1,
      comment_failures: 0,
      credits: 1,
      decided_at: sampledAt,
    });
    followers.push(...(f.followers ?? []).map((row, i) => ({ ...base, sampled_at: sampledAt, position: i + 1, ...row })));
    comments.push(
      ...(f.comments ?? []).map((c, i) => ({
        ...base,
        video_id: c.video,
        sampled_at: sampledAt,
        position: i + 1,
        comment_id: `${f.username}-c${i}`,
        text: c.text,
        created_at: null,
        likes: 0,
        commenter_user_id: c.commenter,
        commenter_sec_uid: null,
        commenter_username: `viewer_${c.commenter}`,
        commenter_nickname: `Viewer ${c.commenter}`,
        commenter_avatar: 'tos-maliva-avt-0068/abc',
        ...c.row,
      })),
    );
  }
  await warehouse.transaction(async () => {
    await appendRows(warehouse.connection, audienceSamples, samples);
    await appendRows(warehouse.connection, followerSamples, followers);
    await appendRows(warehouse.connection, commentSamples, comments);
  });
}
