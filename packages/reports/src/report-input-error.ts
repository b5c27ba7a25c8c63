import { reportMessages } from './messages.ts';

/** What a ReportInputError is about: what the warehouse lacks for the report asked. */
export type ReportInputProblem =
  /** No scored creator of that handle. */
  | { kind: 'no_creator'; username: string }
  /** No campaign of that hashtag; `tracked` lists (some of) the ones that are. */
  | { kind: 'no_campaign'; hashtag: string; tracked: readonly string[] }
  /** No campaign was ever tracked in this warehouse. */
  | { kind: 'no_campaigns' };

/**
 * How to get what a report lacks, in the caller's words: each says the step that fills the warehouse (the CLI names
 * its commands). The defaults are a library user's.
 */
export interface ReportHints {
  /** Ingest a creator (and have it scored). */
  ingest: string;
  /** Track the campaign of `hashtag` (TAG when none is known). */
  track: (hashtag: string) => string;
  /** Score the warehouse with cohort-v1. */
  score: string;
  /** Score the warehouse's videos for fake views. */
  detectFakeViews: string;
  /** Sample the audience of a creator (`username`). */
  auditAudience: string;
}

export const LIBRARY_REPORT_HINTS: ReportHints = {
  ingest: 'ingest and score it first',
  track: () => 'track it first',
  score: 'scoring with cohort-v1 computes it',
  detectFakeViews: "score the warehouse's videos for fake views",
  auditAudience: 'sample its audience',
};

/** The words for a report's missing input, with the caller's hints. */
export function reportInputMessage(p: ReportInputProblem, hints: ReportHints): string {
  switch (p.kind) {
    case 'no_creator':
      return reportMessages.noCreator(p.username, hints.ingest);
    case 'no_campaign':
      return reportMessages.noCampaign(p.hashtag, p.tracked, hints.track(p.hashtag));
    case 'no_campaigns':
      return reportMessages.noCampaignTables(hints.track('TAG'));
  }
}

/** The warehouse lacks what a report is about: `problem` says what, the message says it in a library user's words. */
export class ReportInputError extends Error {
  override name = 'ReportInputError';
  constructor(readonly problem: ReportInputProblem) {
    super(reportInputMessage(problem, LIBRARY_REPORT_HINTS));
  }
}
