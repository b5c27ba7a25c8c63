import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { WarehouseError } from './errors.ts';
import { warehouseMessages } from './messages.ts';
import { parametersOf, readSqlFile } from './sql-files.ts';
import type { Warehouse } from './warehouse.ts';

/**
 * A SQL macro kept in a file of its own, `NN_name.sql`, holding one `CREATE OR REPLACE MACRO name(...)`: the SQL a
 * folder of models would otherwise write twice. The number orders the files: DuckDB binds a macro's body when it
 * is created, so a macro that calls another comes after it. Macros are stored in the warehouse like views, so
 * they bind no `$params`, and the views that call them see a new definition as soon as it is created.
 */
export interface Macro {
  name: string;
  sql: string;
  file: string;
}

const FILE = /^\d+_([a-z][a-z0-9_]*)\.sql$/;
const HEADER = /^create\s+or\s+replace\s+macro\s+([a-z][a-z0-9_]*)\s*\(/i;

export function loadMacros(dir: string): Macro[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.sql'))
    .sort()
    .map((file) => {
      const path = join(dir, file);
      const sql = readSqlFile(path);
      const code = sql.replace(/--[^\n]*/g, '').trim();
      const name = FILE.exec(file)?.[1];
      if (!name || HEADER.exec(code)?.[1]?.toLowerCase() !== name || code.includes(';')) {
        throw new WarehouseError(warehouseMessages.badMacroFile(path));
      }
      if (parametersOf(sql).size > 0) throw new WarehouseError(warehouseMessages.macroWithParameter(path));
      return { name, sql, file };
    });
}

/** Creates (or replaces) every macro, in file order; a failing one names its file. */
export async function runMacros(warehouse: Warehouse, macros: readonly Macro[]): Promise<void> {
  for (const macro of macros) {
    try {
      await warehouse.run(macro.sql);
    } catch (error) {
      throw new WarehouseError(warehouseMessages.macroFailed(macro.file, (error as Error).message), { cause: error });
    }
  }
}
