/** What running an analysis tells people when an input is missing, in one place. */
export const analysisMessages = {
  /** A missing shared mart (or, with `ruleset`, creator_scores without that ruleset's rows); `then` says what to do. */
  missing: (input: string, ruleset: string | null, then: string) =>
    ruleset === null ? `the warehouse has no ${input} yet: ${then}` : `creator_scores holds no ${ruleset} rows yet: ${then}`,
  undeclaredReads: (file: string) => `${file} declares no -- reads: header: every scoring model says what it reads`,
  unknownInput: (analysis: string, input: string) =>
    `${analysis} reads ${input}, which is neither landed, staged, its own model nor a mart the registry knows (src/models/analyses.ts)`,
};
