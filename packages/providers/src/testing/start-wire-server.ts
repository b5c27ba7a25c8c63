import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { type Answer, invalid, vendorError } from './answers.ts';
import { type Backend, type BackendOption, toBackend } from './backend.ts';
import type { ScavioContract } from '../records.ts';
import { type Dialect, SCAVIO_DIALECTS, tikhubDialect } from './dialect.ts';
import type { AnsweredWith, ParsedRequest, RecordedRequest, Vendor } from './requests.ts';
import { createScript, type Match } from './script.ts';
import { sendDrip, sendOversized } from './stream-answers.ts';
import { validateParams } from './validate-params.ts';

export const DEFAULT_WIRE_KEYS: Readonly<Record<Vendor, string>> = { scavio: 'scavio-wire-test-key', tikhub: 'tikhub-wire-test-key' };

interface VendorOptions {
  /** The key accepted as `Authorization: Bearer <key>`; anything else gets a 401. */
  apiKey?: string;
  /** Answers when no script applies. Default: every endpoint answers the vendor's 404. */
  backend?: BackendOption;
  /** Credits left: each `data` answer costs one, and at 0 the vendor answers 402. Default: more than a test spends. */
  credits?: number;
  /** Leaves `credits_remaining` out of every answer, as a vendor that does not say what an account has left. */
  hideCreditsRemaining?: boolean;
  /**
   * Scavio only: the contract served. The other contract's endpoints answer 404, as a server without them
   * would. Default `scavio-tutorial`, what the seeds call.
   */
  contract?: ScavioContract;
}

export interface WireServerOptions {
  scavio?: VendorOptions;
  tikhub?: VendorOptions;
  /** Fixed delay before every answer, for benchmarks. */
  latencyMs?: number;
  /** The loopback port to listen on (default: any free one), e.g. one a client was already refused at. */
  port?: number;
}

export interface WireServer {
  /** Pass as `baseUrl` to `createHttpTransport` for a `ScavioProvider`. */
  scavioBaseUrl: string;
  tikhubBaseUrl: string;
  /** Every request in arrival order, with what it was answered. */
  requests: readonly RecordedRequest[];
  /** Queues answers for matching requests; they are consumed in order, then the backend answers again. */
  script(match: Match, ...answers: Answer[]): void;
  setCredits(vendor: Vendor, credits: number): void;
  /** Stops listening, drops open (also hanging) connections, and rejects if the server itself failed a request. */
  close(): Promise<void>;
}

interface VendorState {
  dialect: Dialect;
  apiKey: string;
  backend: Backend;
  credits: number;
  hideCreditsRemaining: boolean;
}

/** What an answer says the account has left: its credits, or nothing for a vendor that does not say. */
const remainingOf = (state: VendorState): number | null => (state.hideCreditsRemaining ? null : state.credits);

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  if (text === '') return { ok: true, value: undefined };
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    // A body that is not JSON is the client's mistake, answered as the vendor's validation error below.
    return { ok: false };
  }
}

function sendWhole(res: ServerResponse, status: number, body: string, headers: Record<string, string> = {}): number {
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(body)), ...headers });
  res.end(body);
  return status;
}

/** A loopback HTTP server speaking Scavio's and TikHub's wire formats, for testing the real clients. */
export async function startWireServer(options: WireServerOptions = {}): Promise<WireServer> {
  const scavioDialect = SCAVIO_DIALECTS[options.scavio?.contract ?? 'scavio-tutorial'];
  const states: VendorState[] = [scavioDialect, tikhubDialect].map((dialect) => {
    const own = options[dialect.vendor] ?? {};
    return {
      dialect,
      apiKey: own.apiKey ?? DEFAULT_WIRE_KEYS[dialect.vendor],
      backend: toBackend(own.backend),
      credits: own.credits ?? 1_000_000,
      hideCreditsRemaining: own.hideCreditsRemaining ?? false,
    };
  });
  const script = createScript();
  const requests: RecordedRequest[] = [];
  const failures: Error[] = [];
  const startedAt = performance.now();

  const decide = async (state: VendorState, request: ParsedRequest, authorized: boolean, bodyOk: boolean): Promise<Answer> => {
    if (!authorized) return vendorError(401, 'Invalid or missing API key');
    const rule = state.dialect.endpoints[request.endpoint];
    if (!rule) return vendorError(404, 'Not Found');
    if (request.method !== state.dialect.method) return vendorError(405, 'Method Not Allowed');
    const scripted = script.take(request);
    if (scripted) return scripted;
    if (!bodyOk) return invalid('body', 'JSON decode error', 'json_invalid');
    const rejected = validateParams(rule, request.params);
    if (rejected) return rejected;
    if (state.credits <= 0) return vendorError(402, 'Insufficient credits');
    return state.backend(request);
  };

  const render = (state: VendorState, request: ParsedRequest, answer: Answer, res: ServerResponse, recording: RecordedRequest, requestNumber: number): AnsweredWith | 'pending' => {
    const { dialect } = state;
    const send = (status: number, body: string, headers?: Record<string, string>) => {
      recording.bodyBytesSent = Buffer.byteLength(body);
      return sendWhole(res, status, body, headers);
    };
    switch (answer.kind) {
      case 'data':
        state.credits--;
        return send(200, JSON.stringify(dialect.success(answer.data, request, { requestNumber, creditsRemaining: remainingOf(state) })));
      case 'truncated': {
        state.credits--;
        const body = Buffer.from(JSON.stringify(dialect.success(answer.data, request, { requestNumber, creditsRemaining: remainingOf(state) })));
        const kept = body.subarray(0, answer.keep);
        if (!answer.closeEarly) return send(200, kept.toString('utf8'));
        res.writeHead(200, { 'content-type': 'application/json', 'content-length': String(body.length) });
        res.write(kept);
        recording.bodyBytesSent = kept.length;
        res.socket?.destroy();
        return 'cut';
      }
      case 'error':
        return send(answer.status, JSON.stringify(dialect.error(answer.status, answer.message, request)), answer.headers);
      case 'invalid': {
        const rejected = dialect.invalid(answer.field, answer.message, answer.type);
        return send(rejected.status, JSON.stringify(rejected.body));
      }
      case 'raw':
        return send(answer.status, answer.body, answer.headers);
      case 'drip':
        sendDrip(res, recording, answer.status, answer.body, answer.everyMs);
        return 'pending';
      case 'oversized':
        state.credits--;
        sendOversized(res, recording, answer.bytes, answer.declareLength);
        return 'pending';
      case 'reset':
        res.socket?.resetAndDestroy();
        return 'reset';
      case 'hang':
        return 'hang';
    }
  };

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const arrivedAtMs = performance.now() - startedAt;
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const text = await readBody(req);
    const state = states.find((s) => url.pathname.startsWith(`${s.dialect.prefix}/`));
    if (!state) {
      sendWhole(res, 404, JSON.stringify({ detail: 'Not Found' }));
      return;
    }
    const body = parseJson(text);
    const json = body.ok ? body.value : undefined;
    const query = Object.fromEntries(url.searchParams);
    const request: ParsedRequest = {
      vendor: state.dialect.vendor,
      method: req.method ?? 'GET',
      endpoint: url.pathname.slice(state.dialect.prefix.length + 1),
      query,
      json,
      params: { ...query, ...(isRecord(json) ? json : {}) },
      headers: Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k, Array.isArray(v) ? v.join(', ') : (v ?? '')])),
    };
    const authorized = req.headers.authorization === `Bearer ${state.apiKey}`;
    const recording: RecordedRequest = { ...request, arrivedAtMs, authorized, answered: 'pending', bodyBytesSent: 0 };
    const requestNumber = requests.push(recording);
    if (options.latencyMs) await sleep(options.latencyMs);
    const answer = await decide(state, request, authorized, body.ok);
    // The client may have given up while we waited; there is nobody left to answer.
    if (res.destroyed) return;
    const answered = render(state, request, answer, res, recording, requestNumber);
    // A streamed answer records how it ended itself, when it ends.
    if (answered !== 'pending') recording.answered = answered;
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      const failure = error instanceof Error ? error : new Error(String(error));
      failures.push(failure);
      if (!res.headersSent && !res.destroyed) sendWhole(res, 500, JSON.stringify({ error: `wire server failed: ${failure.message}` }));
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const base = `http://127.0.0.1:${port}`;

  return {
    scavioBaseUrl: `${base}${scavioDialect.prefix}`,
    tikhubBaseUrl: `${base}${tikhubDialect.prefix}`,
    requests: requests,
    script: (match, ...answers) => script.add(match, answers),
    setCredits: (vendor, credits) => {
      for (const s of states) if (s.dialect.vendor === vendor) s.credits = credits;
    },
    close: async () => {
      const closed = new Promise<void>((resolve, reject) => server.close((e) => (e ? reject(e) : resolve())));
      server.closeAllConnections();
      await closed;
      if (failures.length > 0) {
        throw new AggregateError(failures, `wire server failed ${failures.length} request(s); first: ${failures[0]?.message}`);
      }
    },
  };
}
