import type { Spread } from './stats.js';

export interface Row {
  measure: string;
  host: string;
  baseline: string;
  ratio: string;
  target: string;
  met: string;
}

const headers: Row = {
  measure: 'measure',
  host: 'host: median (min–max)',
  baseline: 'baseline: median (min–max)',
  ratio: 'host/baseline',
  target: 'target',
  met: 'met?',
};

const columns = Object.keys(headers) as (keyof Row)[];

/** A plain Markdown table, readable in a terminal and pasteable into a note. */
export function formatTable(rows: Row[]): string {
  const all = [headers, ...rows];
  const widths = columns.map((c) => Math.max(...all.map((r) => r[c].length)));
  const line = (row: Row) =>
    '| ' + columns.map((c, i) => row[c].padEnd(widths[i] ?? 0)).join(' | ') + ' |';
  const rule = '|' + widths.map((w) => '-'.repeat(w + 2)).join('|') + '|';
  return [line(headers), rule, ...rows.map(line)].join('\n');
}

export function ratio(
  host: number | null | undefined,
  baseline: number | null | undefined,
): string {
  if (host == null || baseline == null || !Number.isFinite(host) || !Number.isFinite(baseline)) {
    return '—';
  }
  if (baseline === 0) return host === 0 ? '1.0×' : '—';
  return `${(host / baseline).toFixed(1)}×`;
}

/** "median (min–max)", or the single value when every run agreed or there was one run. */
export function spreadCell(spread: Spread | undefined, show: (v: number) => string): string {
  if (!spread) return 'n/a';
  const median = show(spread.median);
  if (spread.runs === 1 || spread.min === spread.max) return median;
  // "448 ms (344–552)": the unit once, when the whole range shares it.
  const unit = (text: string) => /\s(\S+)$/.exec(text)?.[1];
  const [low, high] = [show(spread.min), show(spread.max)];
  const shared =
    unit(median) !== undefined && unit(low) === unit(median) && unit(high) === unit(median);
  const bare = (text: string) => (shared ? text.slice(0, text.lastIndexOf(' ')) : text);
  return `${median} (${bare(low)}–${bare(high)})`;
}

export const ms = (value: number | null | undefined) =>
  value == null || !Number.isFinite(value)
    ? 'n/a'
    : `${value < 10 ? value.toFixed(1) : Math.round(value).toLocaleString('en')} ms`;
export const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
export const yesNo = (ok: boolean) => (ok ? 'yes' : 'NO');
