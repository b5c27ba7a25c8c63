import { Rng } from './random.ts';
import { HANDLE_WORDS } from './words.ts';

const SEPARATORS = ['', '.', '_'] as const;

/** One plausible handle from a stream: words, a separator, sometimes digits; always a valid TikTok handle. */
export function drawHandle(rng: Rng): string {
  const first = rng.pick(HANDLE_WORDS);
  const second = rng.pick(HANDLE_WORDS);
  const digits = rng.chance(0.7) ? String(rng.int(1, 9999)) : '';
  return `${first}${rng.pick(SEPARATORS)}${second}${digits ? rng.pick(SEPARATORS) : ''}${digits}`.slice(0, 24).replace(/\.$/, '');
}

/** `n` distinct handles for a simulated cohort; the same seed gives the same list in the same order. */
export function syntheticHandles(seed: number, n: number): string[] {
  const seen = new Set<string>();
  const handles: string[] = [];
  for (let i = 0; handles.length < n; i++) {
    const handle = drawHandle(new Rng(seed, 'handle', i));
    // Collisions get a numeric suffix from their index, so the list never stalls on a crowded word space.
    const unique = seen.has(handle) ? `${handle.slice(0, 17)}_${i}`.slice(0, 24) : handle;
    if (seen.has(unique)) continue;
    seen.add(unique);
    handles.push(unique);
  }
  return handles;
}
