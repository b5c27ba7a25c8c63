import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { WarehouseError } from './errors.ts';
import { warehouseMessages } from './messages.ts';

/** Written into every folder this tool writes whole (an exported table, a report): only such folders are replaced. */
export const OWNED_MARKER = '.creator-audit-export';

/** A folder while it is being written, beside the one it will replace: `.name.tmp-PID`. */
const TEMP_FOLDER = /^\.(.+)\.tmp-(\d+)$/;

const isOwned = (dir: string) => existsSync(join(dir, OWNED_MARKER));

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Removes the half-written folders that killed writers of `names` left in `root` (a cut-off file there breaks
 * readers of `root/**`); a writer still running is left alone, and so is anything not named for one of `names`.
 */
export function removeAbandonedFolders(root: string, names: readonly string[]): void {
  if (!existsSync(root)) return;
  for (const entry of readdirSync(root)) {
    const temp = TEMP_FOLDER.exec(entry);
    if (!temp || !names.includes(temp[1] as string)) continue;
    const pid = Number(temp[2]);
    if (pid !== process.pid && !isRunning(pid)) rmSync(join(root, entry), { recursive: true, force: true });
  }
}

/**
 * Writes `root/name` whole or not at all: `fill` writes into a hidden folder beside it, which is then swapped in
 * (Linux cannot rename a folder over a non-empty one, so the previous one steps aside to `.name.old` first; a kill
 * between the two renames leaves it there and the next write puts it back). A folder this tool did not write (it
 * lacks `OWNED_MARKER`) is never replaced: `--out ~` must never delete `~/videos`. `about` goes into the marker.
 */
export async function writeOwnedFolder(root: string, name: string, about: unknown, fill: (dir: string) => Promise<void>): Promise<string> {
  const base = resolve(root);
  mkdirSync(base, { recursive: true });
  const dest = join(base, name);
  const aside = join(base, `.${name}.old`);
  if (!existsSync(dest) && existsSync(aside) && isOwned(aside)) renameSync(aside, dest);
  for (const folder of [dest, aside]) {
    if (existsSync(folder) && !isOwned(folder)) throw new WarehouseError(warehouseMessages.notOurs(folder));
  }
  const fresh = join(base, `.${name}.tmp-${process.pid}`);
  rmSync(fresh, { recursive: true, force: true });
  try {
    await fill(fresh);
    mkdirSync(fresh, { recursive: true });
    writeFileSync(join(fresh, OWNED_MARKER), `${JSON.stringify({ ...(about as object), writtenAt: new Date().toISOString() })}\n`);
  } catch (error) {
    rmSync(fresh, { recursive: true, force: true });
    throw error;
  }
  if (existsSync(dest)) {
    rmSync(aside, { recursive: true, force: true });
    renameSync(dest, aside);
  }
  renameSync(fresh, dest);
  rmSync(aside, { recursive: true, force: true });
  return dest;
}
