/** What the audience parts of the reports say, in one place. */
export const audienceReportMessages = {
  /** `how` says how to sample it, in the caller's words. */
  noneFor: (username: string, how: string) => `No audience sample for ${username}: ${how}.`,
  newest: (describes: string, provider: string) =>
    `From ${describes} (via ${provider}). The follower list comes newest first, so this is the newest audience, not the whole of it.`,
  over: (n: number, what: string) => `${n.toLocaleString('en-US')} ${what}`,
  missing: (code: string) => (code === 'too_few_videos' ? 'fewer than 3 videos read: no pattern can show' : code.replaceAll('_', ' ')),
  boxSubtitle:
    "each creator's latest sample of its newest followers; boxes span the 25th-75th percentiles, whiskers the 10th-90th, the tick is the median",
  tierNote: (flagFrom: number) =>
    `Each creator's latest audience sample (its newest followers). "Creators at ${100 * flagFrom}%+" counts those whose suspicious share reaches it.`,
};
