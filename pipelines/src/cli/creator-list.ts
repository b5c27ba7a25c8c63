import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { type CreatorList, parseCreatorList } from '@creator-audit/ingest';
import { messages } from './messages.ts';
import { error } from '@creator-audit/providers';

/** Reads a creator list file, printing each rejected line with its number; a list with no creator is an error. */
export function readCreatorList(path: string): CreatorList & { inputName: string } {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (cause) {
    throw error(messages.cannotReadInput(path, (cause as Error).message), cause);
  }
  const list = parseCreatorList(bytes, basename(path));
  for (const r of list.rejected) process.stderr.write(`${messages.rejectedLine(r.line, r.raw, r.reason)}\n`);
  if (list.handles.length === 0) throw new Error(messages.noHandles(path, list.rejected.length));
  return { ...list, inputName: basename(path) };
}
