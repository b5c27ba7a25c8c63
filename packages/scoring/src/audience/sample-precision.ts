/**
 * What a follower sample's precision costs. A share estimated from n followers has a 95% margin of about
 * z sqrt(p (1 - p) / n), at most z / (2 sqrt n) (p = 0.5); `user/followers` gives 20 a page, 1 credit each.
 */
const Z95 = 1.959963984540054;
const FOLLOWERS_PER_CREDIT = 20;

/** Followers needed for a 95% margin of `margin` (0.07 = +-7 points) at a true share `share` (worst case 0.5). */
export function followersForMargin(margin: number, share = 0.5): number {
  return Math.ceil((Z95 * Z95 * share * (1 - share)) / (margin * margin));
}

/** The 95% margin of a share estimated from `followers` followers, at a true share `share` (worst case 0.5). */
export function marginOf(followers: number, share = 0.5): number {
  return Z95 * Math.sqrt((share * (1 - share)) / followers);
}

export function creditsForFollowers(followers: number): number {
  return Math.ceil(followers / FOLLOWERS_PER_CREDIT);
}
