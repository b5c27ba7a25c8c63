import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { fileURLToPath, pathToFileURL } from 'node:url';

/**
 * Node's arguments that start the CLI from its TypeScript sources, as `npm run cli` does (tsx, and the packages'
 * `development` export): the tests test the sources, built or not. `compiled-cli.test.ts` runs the build.
 * tsx is named by its path: the CLI runs from a temp folder, where `--import tsx` would not find it.
 */
export const CLI: readonly string[] = [
  '--conditions=development',
  '--import',
  pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href,
  fileURLToPath(new URL('../src/cli.ts', import.meta.url)),
];

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** The shipped command, `creator-audit`: it runs the build in dist/ (`tsc -b`) with plain Node. */
const BIN = fileURLToPath(new URL('../bin/creator-audit.js', import.meta.url));

/**
 * Runs the real CLI (its sources) in a child process, as an analyst would, with only the environment given (plus
 * PATH), from `cwd` (the temp dir by default: a command that falls back to its default `data/` paths writes nothing
 * into the repo).
 */
export function runCli(args: readonly string[], env: Record<string, string> = {}, cwd: string = tmpdir()): Promise<CliResult> {
  return runNode([...CLI, ...args], env, cwd);
}

/** `runCli` on the build: the shipped bin, as `npx creator-audit` runs it. */
export function runBuiltCli(args: readonly string[], env: Record<string, string> = {}, cwd: string = tmpdir()): Promise<CliResult> {
  return runNode([BIN, ...args], env, cwd);
}

function runNode(nodeArgs: readonly string[], env: Record<string, string>, cwd: string): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, nodeArgs, {
      cwd,
      env: { PATH: process.env.PATH ?? '', TZ: 'UTC', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}
