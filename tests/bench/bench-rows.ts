/** The bench table's rows: each figure with its baseline, ratio, target and verdict. */
import type { AppSize } from './app-size.js';
import type { LiveFigures } from './live-measure.js';
import type { PdfMeasure } from './results-pdf-measure.js';
import { kb, mb, ms, ratio, yesNo, type Row } from './table.js';

export type Outcome = { ok: true; figures: LiveFigures } | { ok: false; reason: string };

export function liveRows(host: Outcome, base: Outcome, participants: number): Row[] {
  const h = host.ok ? host.figures : undefined;
  const b = base.ok ? base.figures : undefined;
  const na = (o: Outcome) => (o.ok ? '' : 'not available');
  const n = participants.toLocaleString('en');
  const rssAt = (f?: LiveFigures) =>
    f ? Math.max(f.memoryConnected.rssBytes, f.memoryAfter.rssBytes) : undefined;
  const row = (
    measure: string,
    value: (f: LiveFigures) => number | null,
    show: (v: number | null) => string,
    target: string,
    met: ((v: number | null) => boolean) | null,
    withRatio = true,
  ): Row => {
    const hv = h ? value(h) : undefined;
    const bv = b ? value(b) : undefined;
    return {
      measure,
      host: hv === undefined ? na(host) : show(hv),
      baseline: bv === undefined ? na(base) : show(bv),
      ratio: withRatio ? ratio(hv, bv) : '—',
      target,
      met: met === null ? '—' : hv === undefined ? 'NO' : yesNo(met(hv)),
    };
  };
  const int = (v: number | null) => (v == null ? 'n/a' : v.toLocaleString('en'));
  return [
    row(
      'participants connected',
      (f) => f.join.joined,
      int,
      n,
      (v) => v === participants,
      false,
    ),
    row('time for all to join (50 joining at once)', (f) => f.join.ms, ms, '—', null),
    row(
      `answers lost (all answer within 2 s)`,
      (f) => f.answer.lost,
      int,
      '0',
      (v) => v === 0,
      false,
    ),
    row('answer ack latency p50', (f) => f.answer.latency.p50, ms, '—', null),
    row(
      'answer ack latency p95',
      (f) => f.answer.latency.p95,
      ms,
      '≤ 100 ms',
      (v) => v != null && v <= 100,
    ),
    row('answer ack latency p99', (f) => f.answer.latency.p99, ms, '—', null),
    row(
      'console sees the final aggregate',
      (f) => f.consoleLagMs,
      ms,
      '≤ 500 ms after last ack',
      (v) => v != null && v <= 500,
    ),
    row(
      `RSS at ${n} connected`,
      (f) => rssAt(f) ?? 0,
      (v) => mb(v ?? 0),
      '≤ 400 MB',
      (v) => v != null && v <= 400 * 1024 * 1024,
    ),
    row(
      'peak RSS (VmHWM)',
      (f) => f.memoryAfter.peakRssBytes,
      (v) => mb(v ?? 0),
      '—',
      null,
    ),
    row(
      'CPU during the answer burst',
      (f) => f.answerCpu.cores * 100,
      (v) => `${Math.round(v ?? 0)}% of a core`,
      '—',
      null,
    ),
    row(
      'resumed with identical answers (storm in 5 s)',
      (f) => f.storm.identical,
      int,
      `all ${n}`,
      (v) => v === participants,
      false,
    ),
    row('time until all resumed (from the drop)', (f) => f.storm.ms, ms, '—', null),
    row('resume ack latency p95', (f) => f.storm.latency.p95, ms, '—', null),
  ];
}

export function pdfRows(pdf: PdfMeasure, pdfParticipants: number): Row[] {
  const what = `results PDF, ${pdfParticipants.toLocaleString('en')} × 15 exercises`;
  if (!pdf.available) {
    return [
      {
        measure: what,
        host: 'not available yet',
        baseline: '—',
        ratio: '—',
        target: '≤ 1 s',
        met: 'NO',
      },
    ];
  }
  return [
    {
      measure: `${what}: first render`,
      host: ms(pdf.firstMs),
      baseline: '—',
      ratio: '—',
      target: '≤ 1 s',
      met: yesNo(pdf.firstMs <= 1000),
    },
    {
      measure: `${what}: warm render`,
      host: ms(pdf.warmMs),
      baseline: '—',
      ratio: '—',
      target: '≤ 1 s',
      met: yesNo(pdf.warmMs <= 1000),
    },
    {
      measure: `${what}: size`,
      host: kb(pdf.bytes),
      baseline: '—',
      ratio: '—',
      target: '—',
      met: '—',
    },
  ];
}

export function appRow(size: AppSize): Row {
  const measure = 'participant app transfer size (gzip, JS + CSS)';
  if (!size.available) {
    return {
      measure,
      host: 'not available yet',
      baseline: '—',
      ratio: '—',
      target: '≤ 120 KB',
      met: 'NO',
    };
  }
  return {
    measure,
    host: kb(size.gzipBytes),
    baseline: '—',
    ratio: '—',
    target: '≤ 120 KB',
    met: yesNo(size.gzipBytes <= 120 * 1024),
  };
}
