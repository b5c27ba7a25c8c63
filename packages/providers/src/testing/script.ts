import type { Answer } from './answers.ts';
import type { ParsedRequest } from './requests.ts';

/** Which requests a scripted answer is for: an endpoint (`user/posts`) or any test on the request. */
export type Match = string | ((request: ParsedRequest) => boolean);

export interface Script {
  add(match: Match, answers: readonly Answer[]): void;
  /** The next queued answer for this request, consumed; `undefined` lets the backend answer. */
  take(request: ParsedRequest): Answer | undefined;
}

export function createScript(): Script {
  const queues: Array<{ match: Match; answers: Answer[] }> = [];
  const matches = (match: Match, request: ParsedRequest) =>
    typeof match === 'string' ? match === request.endpoint : match(request);
  return {
    add: (match, answers) => {
      queues.push({ match, answers: [...answers] });
    },
    take: (request) => queues.find((q) => q.answers.length > 0 && matches(q.match, request))?.answers.shift(),
  };
}
