/** What campaign analysis tells the analyst, in one place. */
export const campaignMessages = {
  valuesUnreadable: (path: string, why: string) => `cannot read the campaign values file ${path}: ${why}`,
  valuesNotJson: (path: string, why: string) => `the campaign values file ${path} is not valid JSON: ${why}`,
  valuesInvalid: (path: string, problems: readonly string[]) =>
    `the campaign values file ${path} is not usable:\n${problems.map((p) => `  - ${p}`).join('\n')}\n` +
    `  (see data/campaign-values.example.json for the shape)`,
  valuesNoMetric: 'value_per sets no metric: give at least one of play, like, comment, share, save',
  /** `values` names how the values file is given, in the caller's words (the CLI's --values FILE). */
  emvNotSet: (values: string) =>
    `not reported: no per-metric values set. Pass ${values} (a JSON file of your own rates; data/campaign-values.example.json shows the shape).`,
  firstSnapshot: 'first snapshot of this campaign: growth, velocity and clean-ups show from the next scan.',
};
