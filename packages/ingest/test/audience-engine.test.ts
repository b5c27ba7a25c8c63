import { syntheticCommentTruth, syntheticCreatorTruth, syntheticFollowerTruth, syntheticHandles, type Transport } from '@creator-audit/providers';
import { describe, expect, it } from 'vitest';
import { audienceItems, freshAudiences } from '../src/audience/audience-items.ts';
import { landSyntheticAudienceLabels } from '../src/audience/audience-labels.ts';
import { planAudienceRun } from '../src/audience/audience-plan.ts';
import { AUDIENCE_AT, AUDIENCE_PLAN, AUDIENCE_SEED, withAudienceWire } from './audience-wire.ts';
import { duplicates } from './ingest-wire.ts';

const cohort = syntheticHandles(AUDIENCE_SEED, 10);
const okCreators = cohort.filter((h) => syntheticCreatorTruth(AUDIENCE_SEED, h, AUDIENCE_AT).status === 'ok');
const privateCreators = cohort.filter((h) => syntheticCreatorTruth(AUDIENCE_SEED, h, AUDIENCE_AT).status === 'private');

const count = async (w: { warehouse: { rows(sql: string): Promise<Record<string, unknown>[]> } }, sql: string) =>
  Number((await w.warehouse.rows(sql))[0]?.n);

describe("audience samples through the fetch loop, over Scavio's documented contract", () => {
  it('takes sec_uids and videos from the latest snapshots (no profile call), lands every body and exactly the simulated followers and comments', () =>
    withAudienceWire('scavio-2026', async (w) => {
      await w.ingest(cohort);
      const before = w.paid();
      const summary = await w.sample(cohort);
      const paid = w.paid();
      const spent = Object.fromEntries(Object.entries(paid).map(([e, n]) => [e, n - (before[e] ?? 0)]));
      expect(spent.profile ?? 0).toBe(0);
      expect(spent['user/posts'] ?? 0).toBe(0);
      expect(summary.creditsSpent).toBe((spent['user/followers'] ?? 0) + (spent['video/comments'] ?? 0));
      expect(summary.byOutcome).toEqual({ ok: okCreators.length, ...(privateCreators.length ? { private: privateCreators.length } : {}) });
      expect(await count(w, `select count(*)::INTEGER as n from raw_responses where endpoint in ('user/followers', 'video/comments') and run_id = '${summary.runId}'`)).toBe(summary.creditsSpent);
      for (const handle of okCreators) {
        const rows = await w.warehouse.rows(`select follower_user_id from follower_samples where username = '${handle}' order by position`);
        const truth = syntheticFollowerTruth(AUDIENCE_SEED, handle, AUDIENCE_AT, AUDIENCE_PLAN.followers);
        expect(rows.map((r) => r.follower_user_id)).toEqual(truth.map((f) => f.userId));
        const comments = await w.warehouse.rows(`select comment_id from comment_samples where username = '${handle}' order by video_id, position`);
        const expected = syntheticCommentTruth(AUDIENCE_SEED, handle, AUDIENCE_AT, AUDIENCE_PLAN.videos, AUDIENCE_PLAN.comments)
          .sort((a, b) => (a.videoId < b.videoId ? -1 : 1))
          .flatMap((v) => v.comments.map((c) => c.commentId));
        expect(comments.map((r) => r.comment_id)).toEqual(expected);
      }
      const [row] = await w.warehouse.rows(`select sec_uid_source, snapshot_at is not null as has_snapshot, window_from <= window_to as ordered from audience_samples where outcome = 'ok' limit 1`);
      expect(row).toEqual({ sec_uid_source: 'snapshot', has_snapshot: true, ordered: true });
      expect(await duplicates(w.warehouse, 'follower_samples', ['run_id', 'username', 'follower_user_id'])).toBe(0);
      expect(await duplicates(w.warehouse, 'comment_samples', ['run_id', 'username', 'comment_id'])).toBe(0);
    }), 120_000);

  it('without a snapshot fetches the profile and the posts page the comment sample needs, and makes no snapshot of them', () =>
    withAudienceWire('scavio-2026', async (w) => {
      const summary = await w.sample(okCreators.slice(0, 3));
      expect(summary.byOutcome).toEqual({ ok: 3 });
      const paid = w.paid();
      expect(paid.profile).toBe(3);
      expect(paid['user/posts']).toBe(3);
      expect(await count(w, `select count(*)::INTEGER as n from creators`)).toBe(0);
      expect(await count(w, `select count(*)::INTEGER as n from audience_samples where sec_uid_source = 'profile' and snapshot_at is null`)).toBe(3);
      expect(await count(w, `select count(*)::INTEGER as n from raw_responses where endpoint = 'profile'`)).toBe(3);
    }), 120_000);

  it('--dry-run predicts every call of the run, endpoint by endpoint (creators whose profile fails cost less than planned)', () =>
    withAudienceWire('scavio-2026', async (w) => {
      await w.ingest(okCreators.slice(0, 4));
      const source = w.provider.audience;
      const items = await audienceItems(w.warehouse, 'scavio', okCreators, AUDIENCE_PLAN.videos);
      const plan = planAudienceRun(w.provider, source, items, new Set(), AUDIENCE_PLAN);
      const before = w.paid();
      const summary = await w.sample(okCreators);
      const after = w.paid();
      const planned: Record<string, number> = {};
      for (const c of plan.calls) planned[c.endpoint] = (planned[c.endpoint] ?? 0) + 1;
      const spent = Object.fromEntries(Object.entries(after).map(([e, n]) => [e, n - (before[e] ?? 0)]).filter(([, n]) => Number(n) > 0));
      expect(spent).toEqual(planned);
      expect(plan.credits).toBe(summary.creditsSpent);
      expect(plan.withoutSnapshot).toBe(okCreators.length - 4);
    }), 120_000);

  it('--max-credits stops cleanly inside the budget, and the same run resumes without sampling anyone twice', () =>
    withAudienceWire('scavio-2026', async (w) => {
      await w.ingest(cohort);
      const first = await w.sample(cohort, { maxCredits: 12, concurrency: 3 });
      expect(first.stop?.kind).toBe('budget');
      expect(first.creditsSpent).toBeLessThanOrEqual(12);
      expect(first.byOutcome.budget_exhausted).toBeGreaterThan(0);
      const second = await w.sample(cohort, { maxCredits: 1_000 });
      expect(second.runId).toBe(first.runId);
      expect(second.stop).toBeNull();
      // The creators the budget left are sampled now: none is left undecided.
      expect(second.byOutcome).not.toHaveProperty('budget_exhausted');
      expect(await count(w, `select count(*)::INTEGER as n from audience_samples where run_id = '${first.runId}'`)).toBe(cohort.length);
      expect(await duplicates(w.warehouse, 'follower_samples', ['run_id', 'username', 'follower_user_id'])).toBe(0);
      // What the run paid for is what its bodies say, across both invocations.
      expect(second.creditsSpent).toBe(await count(w, `select sum(credits)::INTEGER as n from raw_responses where run_id = '${first.runId}'`));
    }), 120_000);

  it('an interrupt asks for no further call, lands what was read as partial, and the same run resumes the rest', async () => {
    const controller = new AbortController();
    let followerPages = 0;
    const wrap = (world: Transport): Transport => async (request) => {
      // The sixth follower page is the moment the analyst presses Ctrl-C.
      if (request.path === 'user/followers' && ++followerPages === 6) controller.abort();
      return world(request);
    };
    await withAudienceWire(
      'scavio-2026',
      async (w) => {
        await w.ingest(okCreators);
        const first = await w.sample(okCreators, { signal: controller.signal, concurrency: 2 });
        expect(first.stop?.kind).toBe('interrupted');
        expect(first.byOutcome.partial).toBeGreaterThan(0);
        // After the interrupt no call went out but those already on their way.
        const asked = w.server.requests.filter((r) => r.endpoint === 'user/followers').length;
        expect(asked).toBeLessThanOrEqual(6 + 2);
        const second = await w.sample(okCreators);
        expect(second.runId).toBe(first.runId);
        expect(second.stop).toBeNull();
        expect(await count(w, `select count(*)::INTEGER as n from audience_samples where run_id = '${first.runId}'`)).toBe(okCreators.length);
        expect(await duplicates(w.warehouse, 'follower_samples', ['run_id', 'username', 'follower_user_id'])).toBe(0);
      },
      { wrap },
    );
  }, 120_000);

  it("a comment page naming another video lands none of its comments: the sample is partial and says identity_mismatch", async () => {
    let foreign: string | null = null;
    const wrap = (world: Transport): Transport => async (request) => {
      const answer = await world(request);
      if (request.path !== 'video/comments' || (foreign !== null && foreign !== String((request.json as { video_id?: unknown }).video_id))) return answer;
      // The first video's comments come back as another video's (a vendor's cache gone wrong).
      foreign = String((request.json as { video_id?: unknown }).video_id);
      return { ...answer, body: answer.body.replaceAll(/"aweme_id":"\d+"/g, '"aweme_id":"9999"') };
    };
    await withAudienceWire(
      'scavio-2026',
      async (w) => {
        const creator = okCreators.slice(0, 1);
        await w.ingest(creator);
        await w.sample(creator, { concurrency: 1 });
        expect(foreign).not.toBeNull();
        const [sample] = await w.warehouse.rows(`select outcome, detail, videos_sampled, comment_failures from audience_samples`);
        expect(sample).toMatchObject({ outcome: 'partial', videos_sampled: AUDIENCE_PLAN.videos - 1, comment_failures: 1 });
        expect(String(sample?.detail)).toContain(`identity_mismatch: asked for the comments of video ${foreign}, the page holds comments of video(s) 9999`);
        expect(await count(w, `select count(*)::INTEGER as n from comment_samples where video_id = '${foreign}'`)).toBe(0);
        expect(await count(w, `select count(distinct video_id)::INTEGER as n from comment_samples`)).toBe(AUDIENCE_PLAN.videos - 1);
      },
      { wrap },
    );
  }, 120_000);

  it('a fresh sample is not taken again within --max-age: the re-run costs nothing', () =>
    withAudienceWire('scavio-2026', async (w) => {
      await w.ingest(okCreators.slice(0, 2));
      await w.sample(okCreators.slice(0, 2));
      expect(await freshAudiences(w.warehouse, 'scavio', 3_600_000, AUDIENCE_AT)).toEqual(new Set(okCreators.slice(0, 2)));
      const before = w.paid();
      const again = await w.sample(okCreators.slice(0, 2), { maxAgeMs: 3_600_000 });
      expect(again.byOutcome).toEqual({ skipped_fresh: 2 });
      expect(w.paid()).toEqual(before);
    }), 120_000);

  it("labels each sampled follower and comment with the simulator's truth, matched by id", () =>
    withAudienceWire('scavio-2026', async (w) => {
      await w.ingest(okCreators.slice(0, 4));
      await w.sample(okCreators.slice(0, 4));
      const labels = await landSyntheticAudienceLabels(w.warehouse, AUDIENCE_SEED, { provider: 'scavio' });
      expect(labels.samples).toBe(4);
      expect(labels.followers).toBe(await count(w, `select count(*)::INTEGER as n from follower_samples`));
      expect(labels.comments).toBe(await count(w, `select count(*)::INTEGER as n from comment_samples`));
      expect((await landSyntheticAudienceLabels(w.warehouse, AUDIENCE_SEED, { provider: 'scavio' })).samples).toBe(0);
    }), 120_000);
});

describe("the tutorials' contract has no audience endpoints", () => {
  it('every creator ends unsupported, saying why; the run learns it from free probes and pays for nothing', () =>
    withAudienceWire('scavio-tutorial', async (w) => {
      await w.ingest(okCreators.slice(0, 3));
      const before = w.paid();
      const summary = await w.sample(okCreators.slice(0, 3));
      expect(summary.byOutcome).toEqual({ unsupported: 3 });
      expect(summary.creditsSpent).toBe(0);
      expect(w.paid()).toEqual(before);
      const [row] = await w.warehouse.rows(`select distinct detail from audience_samples`);
      expect(String(row?.detail)).toContain("tutorials' contract, which has no user/followers or video/comments endpoint");
    }), 120_000);
});
