/** What running an analysis tells people when an input is missing, in one place. */
export const analysisMessages = {
  missingInput: (input: string, command: string) => `the warehouse has no ${input} yet: run ${command} first`,
  missingRuleset: (ruleset: string, command: string) => `creator_scores holds no ${ruleset} rows yet: run ${command} first`,
  undeclaredReads: (file: string) => `${file} declares no -- reads: header: every scoring model says what it reads`,
  unknownInput: (analysis: string, input: string) =>
    `${analysis} reads ${input}, which is neither landed, staged, its own model nor a mart the registry knows (src/models/analyses.ts)`,
};
