/**
 * Formula injection: a spreadsheet runs a cell that starts with = + - @ (and, in some, a tab or carriage return
 * before them) as a formula, so a handle like `=HYPERLINK(...)` in a CSV becomes a link or a command. Such
 * text cells get a leading apostrophe, which spreadsheets show as text. Numbers are written as numbers.
 * The rule exists twice, applied where the data is: in SQL for COPY exports, in TS for rows already in JS.
 */
const CSV_FORMULA_STARTS = ['=', '+', '-', '@', '\t', '\r'] as const;

export function guardCsvText(text: string): string {
  return (CSV_FORMULA_STARTS as readonly string[]).includes(text.charAt(0)) ? `'${text}` : text;
}

/** The same rule as a SQL expression over a VARCHAR expression (an expression we built, never input). */
export function guardCsvSql(expression: string): string {
  return `CASE WHEN left(${expression}, 1) IN ('=', '+', '-', '@', chr(9), chr(13)) THEN '''' || ${expression} ELSE ${expression} END`;
}
