/**
 * Why a fetch run ended before its list did, one shape for every kind of fetch: the vendor refused to go on
 * (bad key, no credits: `run_stopping`), the credit budget was reached, or the analyst interrupted it.
 * Everything landed before the stop stays; a run started again resumes where it stopped.
 */
type RunStopKind = 'run_stopping' | 'budget' | 'interrupted';

export interface RunStop {
  kind: RunStopKind;
  message: string;
}
