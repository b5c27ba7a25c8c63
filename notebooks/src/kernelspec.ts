import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { notebookMessages } from './messages.ts';

const require = createRequire(import.meta.url);

/** The kernel the notebooks name in their metadata: Deno from this repository's node_modules, not a global one. */
export const KERNEL_NAME = 'creator-audit-deno';

/**
 * The deno binary the npm package installed. `node_modules/.bin/deno` may be a Node wrapper script (when npm
 * skipped the package's postinstall); a kernel behind a wrapper outlives Jupyter's kill, so resolve the binary
 * itself with the package's own installer API.
 */
export function denoExecutable(): string {
  try {
    const installer = require('deno/install_api.cjs') as { runInstall(): string };
    return installer.runInstall();
  } catch (error) {
    throw new Error(notebookMessages.noDeno((error as Error).message), { cause: error });
  }
}

export interface KernelSpec {
  argv: string[];
  display_name: string;
  language: string;
  env: Record<string, string>;
}

export function kernelSpec(deno: string = denoExecutable()): KernelSpec {
  return {
    argv: [deno, 'jupyter', '--kernel', '--conn', '{connection_file}'],
    display_name: 'Deno (creator-audit)',
    language: 'typescript',
    // Plain text outputs (no ANSI colours), UTC like the warehouse, and no update check: the kernel runs offline.
    // Cells import the workspace packages' TypeScript sources (their `development` export), not a build in dist/.
    env: { NO_COLOR: '1', TZ: 'UTC', DENO_NO_UPDATE_CHECK: '1', DENO_CONDITIONS: 'development' },
  };
}

/**
 * Writes the kernelspec under `jupyterDir/kernels/` and returns the kernel's folder. Point JUPYTER_PATH at
 * `jupyterDir` to use it: nothing is written to the user's own Jupyter folders (`deno jupyter --install` would
 * write to ~/.local/share/jupyter, with whatever deno is first on the PATH).
 */
export function writeKernelSpec(jupyterDir: string, spec: KernelSpec = kernelSpec()): string {
  const dir = join(jupyterDir, 'kernels', KERNEL_NAME);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'kernel.json'), `${JSON.stringify(spec, null, 2)}\n`);
  return dir;
}
