import { performance } from 'node:perf_hooks';
import { type Answer, type Backend, byEndpoint, raw, type ParsedRequest } from '@creator-audit/providers/testing';
import { describe, expect, it } from 'vitest';
import { MissingKeyError } from '../src/errors.ts';
import { createProvider } from '../src/from-env.ts';
import { createHttpTransport } from '../src/http-transport.ts';
import type { Fetched } from '../src/outcomes.ts';
import { REDACTED_KEY, redactKey } from '../src/redact-key.ts';
import { webUserInfo } from './fixtures.ts';
import { SCAVIO_KEY, TIKHUB_KEY, withWire } from './wire-clients.ts';

const json = { 'content-type': 'application/json' };
/** The key the request carried, as the vendor saw it in `Authorization: Bearer <key>`. */
const keyOf = (request: ParsedRequest) => (request.headers.authorization ?? '').replace(/^Bearer /, '');
/** Every character as a JSON `\u` escape: a JSON reader turns it back into the text, a plain search does not find it. */
const escaped = (text: string) => [...text].map((ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`).join('');

/** A vendor that writes the request's Authorization header (or the key in it) back into its answers, in every way it can. */
const ECHOES: Array<[string, (request: ParsedRequest, envelope: (data: string) => string) => Answer]> = [
  ['as the nickname', (r, envelope) => raw(200, envelope(JSON.stringify({ ...webUserInfo, user: { ...webUserInfo.user, nickname: r.headers.authorization } })), json)],
  ['as the nickname, upper-cased', (r, envelope) => raw(200, envelope(JSON.stringify({ ...webUserInfo, user: { ...webUserInfo.user, nickname: keyOf(r).toUpperCase() } })), json)],
  [
    'as the nickname, every character a JSON escape',
    (r, envelope) => raw(200, envelope(JSON.stringify({ ...webUserInfo, user: { ...webUserInfo.user, nickname: 'ECHO' } }).replace('"ECHO"', `"${escaped(keyOf(r))}"`)), json),
  ],
  ['as a key of the body, in a schema error', (r, envelope) => raw(200, envelope(JSON.stringify({ [keyOf(r)]: 1 })), json)],
  ['in an error body', (r) => raw(400, JSON.stringify({ error: `bad header ${r.headers.authorization}`, detail: { code: 400, message: `bad header ${r.headers.authorization}` } }), json)],
  ['in an HTML page', (r) => raw(200, `<html>${r.headers.authorization}</html>`, { 'content-type': 'text/html' })],
  ['in a body that is not JSON', (r) => raw(200, `oops ${keyOf(r)}`, { 'content-type': 'text/plain' })],
];

function decodedOrSelf(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

const vendors = [
  { vendor: 'scavio', key: SCAVIO_KEY, endpoint: 'user/info', envelope: (data: string) => `{"data":${data},"credits_used":1,"credits_remaining":10}` },
  { vendor: 'tikhub', key: TIKHUB_KEY, endpoint: 'web/fetch_user_profile', envelope: (data: string) => `{"code":200,"message":"ok","data":{"userInfo":${data}}}` },
] as const;

describe.each(vendors)('$vendor echoing our Authorization header', ({ vendor, key, endpoint, envelope }) => {
  it.each(ECHOES)('%s: no text the client returns holds the key, in any case or escape', async (_, echo) => {
    const backend: Backend = byEndpoint({ [endpoint]: (request) => echo(request, envelope) });
    await withWire({ server: { [vendor]: { backend } } }, async (c) => {
      const got: Fetched<unknown> = await c[vendor].profile('charlidamelio');
      // The body also as a JSON reader decodes it, so a key spelt in escapes is found too.
      const texts = [JSON.stringify(got), got.raw.body, JSON.stringify(decodedOrSelf(got.raw.body))];
      for (const text of texts) expect(text.toLowerCase()).not.toContain(key.toLowerCase());
      expect(got.raw.body).toContain(REDACTED_KEY);
      expect(c.server.requests[0]?.headers.authorization).toBe(`Bearer ${key}`);
    });
  });

  it('the nickname the vendor echoed lands as the marker', () =>
    withWire({ server: { [vendor]: { backend: byEndpoint({ [endpoint]: (request) => (ECHOES[0] as (typeof ECHOES)[number])[1](request, envelope) }) } } }, async (c) => {
      const got = await c[vendor].profile('charlidamelio');
      expect(got).toMatchObject({ ok: true, value: { nickname: `Bearer ${REDACTED_KEY}` } });
    }));
});

describe('redactKey', () => {
  it('keeps every other byte of the body as received', () => {
    const body = '{"a":"caf\\u00e9 \\/ ok","n":12345678901234567890,"k":"x sk-scavio-live-5f1e9c0d2b7a4e63 y"}';
    expect(redactKey(body, SCAVIO_KEY)).toBe(`{"a":"caf\\u00e9 \\/ ok","n":12345678901234567890,"k":"x ${REDACTED_KEY} y"}`);
  });

  it('reads a hostile body of escaped quotes never closed in one pass (a regex took 22 s for 40,000 of them)', () => {
    const hostile = `{"a":"${'\\"'.repeat(2_000_000)}`;
    const started = performance.now();
    expect(redactKey(hostile, SCAVIO_KEY)).toBe(hostile);
    expect(performance.now() - started).toBeLessThan(10_000);
  });

  it('rewrites only a string token whose escapes spell the key', () => {
    const body = `{"a":"caf\\u00e9","k":"${escaped(SCAVIO_KEY)}"}`;
    expect(redactKey(body, SCAVIO_KEY)).toBe(`{"a":"caf\\u00e9","k":"${REDACTED_KEY}"}`);
  });
});

describe('settings that would put the key at risk are refused at start', () => {
  const base = { SCAVIO_BASE_URL: 'http://127.0.0.1:9/api', TIKHUB_BASE_URL: 'http://127.0.0.1:9/api' };

  it.each([
    ['a line feed', `${SCAVIO_KEY}\nX-Injected: 1`],
    ['a carriage return', `${SCAVIO_KEY}\rX-Injected: 1`],
    ['a space', `${SCAVIO_KEY} ${SCAVIO_KEY}`],
    ['U+00E9', `${SCAVIO_KEY}é`],
  ])('a key holding %s is a configuration error naming the variable, never the key', (what, key) => {
    const attempt = () => createProvider({ name: 'scavio', env: { ...base, SCAVIO_API_KEY: key } });
    expect(attempt).toThrow(`SCAVIO_API_KEY holds ${what} at character`);
    expect(() => attempt()).not.toThrow(SCAVIO_KEY);
  });

  it('no key at all is a MissingKeyError naming the provider and the variable, in no CLI words', () => {
    for (const [name, envVar] of [['scavio', 'SCAVIO_API_KEY'], ['tikhub', 'TIKHUB_API_KEY']] as const) {
      const refused = (() => {
        try {
          createProvider({ name, env: { ...base, [envVar]: '  ' } });
        } catch (error) {
          return error;
        }
        throw new Error(`${name} started without a key`);
      })();
      expect(refused).toBeInstanceOf(MissingKeyError);
      expect(refused).toMatchObject({ provider: name, envVar });
      expect((refused as Error).message).toBe(
        `${name} needs an API key: set ${envVar} in the environment (or use the synthetic provider for the offline simulator).`,
      );
    }
  });

  it('a base URL that is not one keeps what the URL parser said as its cause', () => {
    const refused = (() => {
      try {
        createProvider({ name: 'scavio', env: { SCAVIO_API_KEY: SCAVIO_KEY, SCAVIO_BASE_URL: 'not a url' } });
      } catch (error) {
        return error as Error;
      }
      throw new Error('accepted');
    })();
    expect(refused.message).toMatch(/^SCAVIO_BASE_URL is not an https:\/\/ \(or http:\/\/\) URL/);
    expect(refused.cause).toBeInstanceOf(TypeError);
  });

  it('a key too short to be one (and that redaction would find in ordinary words) is refused', () => {
    expect(() => createProvider({ name: 'tikhub', env: { ...base, TIKHUB_API_KEY: 'k' } })).toThrow('TIKHUB_API_KEY is 1 character(s) long');
  });

  it('the HTTP transport itself refuses a key no header can carry', () => {
    expect(() => createHttpTransport({ baseUrl: 'http://127.0.0.1:9/', apiKey: `${TIKHUB_KEY}\r\n` })).toThrow('holds a carriage return');
  });

  it.each([
    ['scavio', 'SCAVIO_BASE_URL', 'SCAVIO_ALLOW_INSECURE', SCAVIO_KEY],
    ['tikhub', 'TIKHUB_BASE_URL', 'TIKHUB_ALLOW_INSECURE', TIKHUB_KEY],
  ] as const)('%s: plain http:// in %s to another machine needs %s=1; https, and http to this machine, do not', async (name, urlVar, allowVar, key) => {
    const keyVar = name === 'scavio' ? 'SCAVIO_API_KEY' : 'TIKHUB_API_KEY';
    const open = async (env: Record<string, string>) => {
      const provider = createProvider({ name, env: { [keyVar]: key, ...env } });
      await provider.close();
    };
    await expect(open({ [urlVar]: 'http://api.example.com/v1' })).rejects.toThrow(`${urlVar} points at http://api.example.com: the API key would travel in clear`);
    await expect(open({ [urlVar]: 'http://api.example.com/v1' })).rejects.toThrow(`${allowVar}=1`);
    await expect(open({ [urlVar]: 'http://api.example.com/v1', [allowVar]: 'yes' })).rejects.toThrow(allowVar);
    await expect(open({ [urlVar]: 'ftp://api.example.com/v1' })).rejects.toThrow(`${urlVar} is not an https:// (or http://) URL`);
    await expect(open({ [urlVar]: 'not a url' })).rejects.toThrow(urlVar);
    for (const fine of ['https://api.example.com/v1', 'http://127.0.0.1:8080/v1', 'http://localhost:8080/v1', 'http://[::1]:8080/v1']) {
      await expect(open({ [urlVar]: fine })).resolves.toBeUndefined();
    }
    await expect(open({ [urlVar]: 'http://api.example.com/v1', [allowVar]: '1' })).resolves.toBeUndefined();
    await expect(open({})).resolves.toBeUndefined();
  });
});
