import type { ServerResponse } from 'node:http';
import type { RecordedRequest } from './requests.ts';

/**
 * Answers that take their time: written piece by piece, each piece counted in `bodyBytesSent`, and recorded as
 * answered with their status once whole, or `cut` when the client left first. Either way the socket is let go.
 */

/** Sends `body` one byte every `everyMs`, its whole length declared first. */
export function sendDrip(res: ServerResponse, recording: RecordedRequest, status: number, body: string, everyMs: number): void {
  const bytes = Buffer.from(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': String(bytes.length) });
  res.flushHeaders();
  const timer = setInterval(() => {
    if (res.destroyed) return;
    res.write(bytes.subarray(recording.bodyBytesSent, recording.bodyBytesSent + 1));
    recording.bodyBytesSent++;
    if (recording.bodyBytesSent < bytes.length) return;
    clearInterval(timer);
    res.end();
    recording.answered = status;
  }, everyMs);
  res.on('close', () => {
    clearInterval(timer);
    if (recording.answered === 'pending') recording.answered = 'cut';
  });
}

const CHUNK = 64 * 1024;

/**
 * A 200 of `total` bytes of valid JSON (`{"data":{"padding":"xxx…"}}`), written as fast as the client reads and
 * never held whole: each chunk waits for the socket to drain, so what is sent is what the client took.
 */
export function sendOversized(res: ServerResponse, recording: RecordedRequest, total: number, declareLength: boolean): void {
  const head = '{"data":{"padding":"';
  const tail = '"}}';
  const padding = Math.max(0, total - head.length - tail.length);
  res.writeHead(200, { 'content-type': 'application/json', ...(declareLength ? { 'content-length': String(head.length + padding + tail.length) } : {}) });
  const filler = Buffer.alloc(CHUNK, 'x');
  let left = padding;
  const write = (piece: Buffer | string): boolean => {
    recording.bodyBytesSent += Buffer.byteLength(piece);
    return res.write(piece);
  };
  const pump = () => {
    if (recording.answered !== 'pending') return;
    while (left > 0 && !res.destroyed) {
      const piece = filler.subarray(0, Math.min(CHUNK, left));
      left -= piece.length;
      if (!write(piece)) return;
    }
    if (res.destroyed) return;
    write(tail);
    res.end();
    recording.answered = 200;
  };
  res.on('drain', pump);
  res.on('close', () => {
    if (recording.answered === 'pending') recording.answered = 'cut';
  });
  write(head);
  pump();
}
