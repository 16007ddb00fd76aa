/** A plain-text table for benchmark output: numbers right-aligned, blanks for nulls. */
export type Row = [string, ...(number | null)[]];

function cell(v: string | number | null): string {
  if (v === null) return '';
  if (typeof v === 'string') return v;
  return Number.isInteger(v) ? String(v) : v.toFixed(1);
}

export function printTable(header: string[], rows: Row[]): void {
  const cells = [header, ...rows.map((r) => r.map(cell))];
  const widths = header.map((_, i) => Math.max(...cells.map((r) => (r[i] ?? '').length)));
  for (const r of cells) {
    console.log(r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  '));
  }
}
