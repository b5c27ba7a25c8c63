import { syntheticAudienceTruth, syntheticFollowerTruth, syntheticVideoCommentsTruth } from '@creator-audit/providers';
import { appendRows, type Row, simAudienceLabels, simCommentLabels, simFollowerLabels, type Warehouse } from '@creator-audit/warehouse';

export interface AudienceLabelCounts {
  samples: number;
  followers: number;
  comments: number;
}

const toDate = (v: unknown) => (v instanceof Date ? v : new Date(String(v)));

/** Followers that may have arrived between a sample's first page and the clock its truth is read at. */
const MARGIN = 50;

/**
 * Writes the simulator's ground truth for every audience sample it served that has none yet: what each sampled
 * follower and comment really is (matched by id), the expected fake share of the followers the sample's window
 * covers, and the creator's pod. Recomputed from (seed, handle, sample time), never read from the bodies.
 * `provider` is the name the samples were landed under: `synthetic` in process, or a client's name when the
 * simulator was served over the wire; then `servedAt` is the simulator's clock, when it is not the client's.
 */
export async function landSyntheticAudienceLabels(
  warehouse: Warehouse,
  seed: number,
  options: { provider?: string; servedAt?: Date } = {},
): Promise<AudienceLabelCounts> {
  const provider = options.provider ?? 'synthetic';
  const samples = await warehouse.rows(
    `select s.username, s.sampled_at, s.followers_sampled,
       (select list(f.follower_user_id) from follower_samples f where f.run_id = s.run_id and f.username = s.username) as follower_ids,
       (select list({'video_id': c.video_id, 'comment_id': c.comment_id}) from comment_samples c where c.run_id = s.run_id and c.username = s.username) as comments
     from audience_samples s
     where s.provider = $provider and s.sampled_at is not null and s.outcome in ('ok', 'partial')
       and not exists (select 1 from sim_audience_labels l where l.seed = $seed and l.username = s.username and l.labelled_at = s.sampled_at)`,
    { provider, seed },
  );
  const audienceRows: Row[] = [];
  const followerRows: Row[] = [];
  const commentRows: Row[] = [];
  for (const s of samples) {
    const username = String(s.username);
    const labelledAt = toDate(s.sampled_at);
    const at = options.servedAt ?? labelledAt;
    const followerIds = new Set(((s.follower_ids as Array<string | null> | null) ?? []).filter((id): id is string => id !== null));
    for (const f of syntheticFollowerTruth(seed, username, at, followerIds.size + MARGIN)) {
      if (!followerIds.has(f.userId)) continue;
      followerRows.push({ seed, username, labelled_at: labelledAt, follower_user_id: f.userId, rank: f.rank, followed_at: f.followedAt, kind: f.kind, is_fake: f.isFake });
    }
    const byVideo = new Map<string, Set<string>>();
    for (const c of (s.comments as Array<{ video_id: string; comment_id: string }> | null) ?? []) {
      const held = byVideo.get(c.video_id) ?? new Set<string>();
      held.add(c.comment_id);
      byVideo.set(c.video_id, held);
    }
    let weighted = 0;
    let sampled = 0;
    for (const [videoId, ids] of byVideo) {
      const truth = syntheticVideoCommentsTruth(seed, videoId, username, at, ids.size + MARGIN);
      if (truth === null) continue;
      for (const c of truth.comments) if (ids.has(c.commentId)) commentRows.push({ seed, username, labelled_at: labelledAt, video_id: videoId, comment_id: c.commentId, kind: c.kind });
      const total = truth.organic + truth.pod + truth.bots;
      if (total > 0) {
        weighted += ids.size * (truth.pod / total);
        sampled += ids.size;
      }
    }
    const audience = syntheticAudienceTruth(seed, username, at, Number(s.followers_sampled));
    audienceRows.push({
      seed,
      username,
      labelled_at: labelledAt,
      archetype: audience.archetype,
      window_followers: Number(s.followers_sampled),
      window_fake_share: audience.windowFakeShare,
      spam_share: audience.spamShare,
      active_share: audience.activeShare,
      in_pod: audience.inPod,
      pod_ring: audience.podRing,
      pod_participation: audience.podParticipation,
      bot_comments_per_video: audience.botCommentsPerVideo,
      sampled_videos_pod_share: sampled === 0 ? null : weighted / sampled,
    });
  }
  await warehouse.transaction(async () => {
    await appendRows(warehouse.connection, simAudienceLabels, audienceRows);
    await appendRows(warehouse.connection, simFollowerLabels, followerRows);
    await appendRows(warehouse.connection, simCommentLabels, commentRows);
  });
  return { samples: audienceRows.length, followers: followerRows.length, comments: commentRows.length };
}
