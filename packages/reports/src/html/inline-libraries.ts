import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { scriptSafe } from './escape.ts';

const require = createRequire(import.meta.url);

/**
 * The browser bundle a package publishes (its `unpkg` file), read from node_modules. The packages' exports maps
 * block deep paths, so resolve the entry point and walk up to the package's own folder.
 */
export function browserBundlePath(name: string): string {
  let dir = dirname(require.resolve(name));
  for (;;) {
    try {
      const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name?: string; unpkg?: string };
      if (manifest.name === name) {
        if (!manifest.unpkg) throw new Error(`${name} publishes no browser bundle (no "unpkg" field)`);
        return join(dir, manifest.unpkg);
      }
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`cannot find the folder of package ${name}`);
    dir = parent;
  }
}

/** vega, vega-lite and vega-embed, in load order, ready to inline: the report opens with no network. */
export const CHART_LIBRARIES = ['vega', 'vega-lite', 'vega-embed'] as const;

let cached: string[] | null = null;

export function inlineLibraries(): string[] {
  cached ??= CHART_LIBRARIES.map((name) => scriptSafe(readFileSync(browserBundlePath(name), 'utf8')));
  return cached;
}
