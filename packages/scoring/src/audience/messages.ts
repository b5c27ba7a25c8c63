/** What the audience analysis tells people, in one place. */

const pct = (x: number | null | undefined, digits = 0) => (x === null || x === undefined ? '-' : `${(100 * x).toFixed(digits)}%`);

export const audienceTextMessages = {
  noLabelledSamples: (seed: number) => `no audience sample of seed ${seed} has labels`,
  newestAudience: (followers: number) =>
    `Followers come newest first: each figure describes the ${followers} (or fewer) newest followers, not the whole audience. A purchase delivered before them does not show.`,
  suspicious: (share: number | null, low: number | null, high: number | null) =>
    share === null ? 'suspicious -' : `suspicious ${pct(share)} (${pct(low)}-${pct(high)})`,
  pct,
};

/** What each follower signal means, for reports and texts. */
export const SIGNAL_LABELS: Readonly<Record<string, string>> = {
  no_posts: 'no posts',
  default_avatar: 'default avatar',
  no_profile_text: 'no nickname or bio',
  machine_handle: 'machine-made handle',
  mass_following: 'following thousands, almost no followers',
  new_account: 'account days old',
};
