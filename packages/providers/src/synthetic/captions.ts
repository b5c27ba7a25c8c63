import type { Rng } from './random.ts';
import { AWKWARD_CAPTIONS, CAPTION_OPENERS, CAPTION_TOPICS, EMOJI, HASHTAGS } from './words.ts';

/** A caption and the hashtags in it (TikTok lists them in `textExtra` and `challenges`). */
export function captionFor(rng: Rng, username: string, campaignTag?: string): { text: string; hashtags: string[] } {
  const tags = new Set<string>();
  if (campaignTag) tags.add(campaignTag);
  const extra = rng.int(0, 3);
  for (let i = 0; i < extra; i++) tags.add(rng.pick(HASHTAGS));
  const body = rng.chance(0.02)
    ? rng.pick(AWKWARD_CAPTIONS)
    : `${rng.pick(CAPTION_OPENERS)}: ${rng.pick(CAPTION_TOPICS)} ${rng.pick(EMOJI)}${rng.chance(0.1) ? ` with @${username}` : ''}`;
  const hashtags = [...tags];
  return { text: [body, ...hashtags.map((h) => `#${h}`)].join(' '), hashtags };
}
