import type { CreatorSnapshot } from './seed-v1/reference.ts';

/**
 * The counts a ruleset needs that the vendor sent but we could not read, as the unreadable_counts macro names them
 * (`followers: negative (-5)`, `video 7123 likes: not a number`): the profile's problems for `profileFields`, then
 * those of the first `pageSize` videos for `videoFields`. A creator with any gets no verdict.
 */
export function unreadableCounts(
  snapshot: CreatorSnapshot,
  need: { profileFields: readonly string[]; videoFields: readonly string[]; pageSize: number },
): string[] {
  const of = (fields: readonly string[]) => (problem: string) => fields.includes(problem.split(':')[0] ?? '');
  return [
    ...(snapshot.countProblems ?? []).filter(of(need.profileFields)),
    ...snapshot.videos
      .slice(0, need.pageSize)
      .flatMap((v, i) => (v.countProblems ?? []).filter(of(need.videoFields)).map((p) => `video ${v.videoId ?? `#${i + 1}`} ${p}`)),
  ];
}
