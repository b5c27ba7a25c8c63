import { createHmac, randomUUID, timingSafeEqual } from 'node:crypto';

/**
 * The Jupyter messaging protocol's wire format (version 5.3): after any routing identities, a `<IDS|MSG>` delimiter,
 * the HMAC-SHA256 of the four JSON frames that follow (header, parent header, metadata, content), then those frames.
 */
const PROTOCOL_VERSION = '5.3';
const DELIMITER = '<IDS|MSG>';

interface MessageHeader {
  msg_id: string;
  session: string;
  username: string;
  date: string;
  msg_type: string;
  version: string;
}

export interface JupyterMessage<Content = Record<string, unknown>> {
  header: MessageHeader;
  parent_header: Partial<MessageHeader>;
  metadata: Record<string, unknown>;
  content: Content;
}

export function newMessage<Content>(session: string, msgType: string, content: Content): JupyterMessage<Content> {
  return {
    header: { msg_id: randomUUID(), session, username: 'creator-audit', date: new Date().toISOString(), msg_type: msgType, version: PROTOCOL_VERSION },
    parent_header: {},
    metadata: {},
    content,
  };
}

const sign = (key: string, frames: readonly string[]) => {
  const hmac = createHmac('sha256', key);
  for (const frame of frames) hmac.update(frame);
  return hmac.digest('hex');
};

/** The frames to send on a DEALER socket (the kernel's ROUTER adds our identity itself). */
export function encodeMessage(key: string, message: JupyterMessage<unknown>): string[] {
  const frames = [message.header, message.parent_header, message.metadata, message.content].map((part) => JSON.stringify(part));
  return [DELIMITER, sign(key, frames), ...frames];
}

/**
 * Reads a message from its frames (identities or an IOPub topic first, buffers after: both ignored). Throws on a
 * message that is not framed as the protocol says or whose signature does not match the connection's key: only
 * the kernel we started knows the key.
 */
export function decodeMessage(key: string, raw: readonly Buffer[]): JupyterMessage {
  const at = raw.findIndex((frame) => frame.toString('utf8') === DELIMITER);
  if (at < 0 || raw.length < at + 6) throw new Error(`not a Jupyter message: ${raw.length} frame(s) without a complete ${DELIMITER} part`);
  const frames = raw.slice(at + 2, at + 6).map((frame) => frame.toString('utf8'));
  const signature = Buffer.from(raw[at + 1]?.toString('utf8') ?? '', 'utf8');
  const expected = Buffer.from(sign(key, frames), 'utf8');
  if (signature.length !== expected.length || !timingSafeEqual(signature, expected)) throw new Error('a Jupyter message with a wrong signature was dropped');
  const [header, parent, metadata, content] = frames.map((frame) => JSON.parse(frame) as unknown);
  return {
    header: header as MessageHeader,
    parent_header: (parent ?? {}) as Partial<MessageHeader>,
    metadata: (metadata ?? {}) as Record<string, unknown>,
    content: (content ?? {}) as Record<string, unknown>,
  };
}
