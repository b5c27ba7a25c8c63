import type { CellFormat } from './report.ts';

/** Display formatting, applied only at the edge: the numbers themselves keep full precision until here. */
export function formatCell(value: unknown, format: CellFormat = 'text'): string {
  if (value === null || value === undefined) return '–';
  switch (format) {
    case 'int':
      return typeof value === 'number' ? Math.round(value).toLocaleString('en-US') : String(value);
    case 'pct':
      return typeof value === 'number' ? `${(value * 100).toFixed(2)}%` : String(value);
    case 'num':
      return typeof value === 'number' ? formatNumber(value) : String(value);
    case 'date':
      return value instanceof Date ? value.toISOString().replace('T', ' ').replace(/:\d\d\.\d{3}Z$/, ' UTC') : String(value);
    case 'list':
      return Array.isArray(value) ? value.map(String).join('\n') : String(value);
    case 'text':
      return String(value);
  }
}

/** Four significant digits, no exponent for ordinary magnitudes. */
function formatNumber(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  if (n !== 0 && Math.abs(n) < 0.001) return n.toExponential(2);
  return Number(n.toPrecision(4)).toLocaleString('en-US', { maximumFractionDigits: 6 });
}
