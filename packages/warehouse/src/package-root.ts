import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { WarehouseError } from './errors.ts';
import { warehouseMessages } from './messages.ts';

/**
 * The folder holding the package.json nearest above a module (`import.meta.url`): its package's root, whether the
 * module runs from its source (`src/`, under tsx) or from its build (`dist/src/`, compiled by `tsc -b`). Files a
 * package ships beside its code (`sql/`, fixtures) are found from there, never by counting `..` from the module.
 */
export function packageRoot(moduleUrl: string | URL): string {
  const start = dirname(fileURLToPath(moduleUrl));
  for (let dir = start; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    if (dirname(dir) === dir) throw new WarehouseError(warehouseMessages.noPackageRoot(start));
  }
}
