import { describe, expect, it } from 'vitest';
import { withIngestWire } from './ingest-wire.ts';
import { webProfile, webVideos } from './wire-world.ts';

describe.each(['scavio', 'tikhub'] as const)('%s: an answer about another account is never stored under the handle asked', (vendor) => {
  const world = {
    // The vendor answers @impostor with @someone_else's profile, and @borrowed's feed with @someone_else's videos.
    profiles: { impostor: webProfile('someone_else') },
    feeds: {
      borrowed: { items: webVideos('someone_else', 3) },
      // A co-authored post is listed in each co-author's feed under its first author.
      collab: { items: [...webVideos('collab', 2), ...webVideos('someone_else', 1), ...webVideos('Collab', 3).slice(2)] },
    },
  };

  it('ends identity_mismatch naming both, lands none of the other account, and keeps only the creator’s own videos beside others’', () =>
    withIngestWire({ vendor, world }, async ({ ingest, warehouse }) => {
      const summary = await ingest(['impostor', 'borrowed', 'collab', 'creator0001']);
      const outcomes = await warehouse.rows(`SELECT username, outcome, detail FROM creator_outcomes WHERE run_id = $run ORDER BY username`, {
        run: summary.runId,
      });
      expect(outcomes).toEqual([
        {
          username: 'borrowed',
          outcome: 'identity_mismatch',
          detail: "profile stored; videos failed: asked for @borrowed's videos, the page holds only videos by @someone_else",
        },
        {
          username: 'collab',
          outcome: 'ok',
          detail: "1 video(s) by other accounts (@someone_else) left out of the feed: their counts are not this creator's",
        },
        { username: 'creator0001', outcome: 'ok', detail: null },
        { username: 'impostor', outcome: 'identity_mismatch', detail: 'asked for @impostor, the answer is the profile of @someone_else' },
      ]);
      // Nothing of @someone_else is stored as anyone's: no profile under @impostor, no video under @borrowed or @collab.
      const creators = await warehouse.rows(`SELECT username FROM creators ORDER BY username`);
      expect(creators.map((r) => r.username)).toEqual(['borrowed', 'collab', 'creator0001']);
      const videos = await warehouse.rows(`SELECT username, video_id FROM videos WHERE username IN ('borrowed', 'collab') ORDER BY video_id`);
      expect(videos).toEqual([
        { username: 'collab', video_id: 'v-Collab-3' },
        { username: 'collab', video_id: 'v-collab-1' },
        { username: 'collab', video_id: 'v-collab-2' },
      ]);
    }));
});
