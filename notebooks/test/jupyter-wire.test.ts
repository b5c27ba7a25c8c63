import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { decodeMessage, encodeMessage, newMessage } from '../src/kernel/jupyter-wire.ts';

const KEY = 'a1b2c3';
const frames = (parts: readonly string[]) => parts.map((p) => Buffer.from(p, 'utf8'));

describe('Jupyter wire messages', () => {
  it('are signed with HMAC-SHA256 of header, parent header, metadata and content, in that order', () => {
    const message = newMessage('session-1', 'execute_request', { code: '1 + 1' });
    const [delimiter, signature, ...json] = encodeMessage(KEY, message);
    expect(delimiter).toBe('<IDS|MSG>');
    expect(signature).toBe(createHmac('sha256', KEY).update(json.join('')).digest('hex'));
    expect(json.map((j) => JSON.parse(j))).toEqual([message.header, {}, {}, { code: '1 + 1' }]);
    expect(message.header).toMatchObject({ session: 'session-1', msg_type: 'execute_request', version: '5.3' });
  });

  it('read back after routing identities or an IOPub topic, with trailing buffers ignored', () => {
    const message = newMessage('s', 'status', { execution_state: 'idle' });
    const decoded = decodeMessage(KEY, frames(['identity-or-topic', ...encodeMessage(KEY, message), 'a buffer']));
    expect(decoded).toEqual(message);
  });

  it('with a wrong signature, or without the delimiter, are refused', () => {
    const wire = encodeMessage(KEY, newMessage('s', 'stream', { name: 'stdout', text: 'x' }));
    expect(() => decodeMessage('another-key', frames(wire))).toThrow(/wrong signature/);
    const tampered = [...wire];
    tampered[5] = JSON.stringify({ name: 'stdout', text: 'y' });
    expect(() => decodeMessage(KEY, frames(tampered))).toThrow(/wrong signature/);
    expect(() => decodeMessage(KEY, frames(wire.slice(1)))).toThrow(/not a Jupyter message/);
  });
});
