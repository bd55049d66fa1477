import type { Count, SliderAggregate } from '../../../shared/aggregate/aggregate-types.js';
import type { StepOf } from '../../../shared/template/step-schema.js';
import { binColumns, drawColumnChart, type Column } from '../charts/column-chart.js';
import type { Flow } from '../layout/flow.js';
import { MUTED } from '../layout/page-frame.js';
import type { NumberFormats } from '../layout/numbers.js';
import type { PdfMessages } from '../i18n/pdf-messages.js';
import { allMerged } from './labels.js';

interface Range {
  from: number;
  to: number;
}

/** A cell key is one value ("5") or a range of values ("0–2"); null for anything else. */
function parseRange(key: string): Range | null {
  const match = /^(-?\d+(?:\.\d+)?)(?:–(-?\d+(?:\.\d+)?))?$/.exec(key);
  if (!match) return null;
  const from = Number(match[1]);
  return { from, to: match[2] === undefined ? from : Number(match[2]) };
}

/** Whole values with the language's grouping; fractional steps as they are. */
function sliderValue(n: number, numbers: NumberFormats): string {
  return Number.isInteger(n) ? numbers.count(n) : String(n);
}

function rangeLabel(range: Range, numbers: NumberFormats): string {
  const value = (n: number) => sliderValue(n, numbers);
  return range.from === range.to ? value(range.from) : `${value(range.from)}–${value(range.to)}`;
}

/**
 * Neighbouring ranges merged by the export read as one wider range ("0–5"); ranges far apart
 * as "0–2 or 9–10"; more than two as "Other values". The column keeps its place on the axis
 * when it is one range, and goes last otherwise.
 */
function columnOf(
  cell: Count,
  step: StepOf<'slider'>,
  numbers: NumberFormats,
  messages: PdfMessages,
): Column & { at: number } {
  const members = (cell.members ?? [cell.key]).map(parseRange);
  const known = members.filter((r): r is Range => r !== null).sort((a, b) => a.from - b.from);
  if (known.length === 0 || known.length < members.length)
    return { label: cell.key, count: cell.count, at: Infinity };
  const contiguous = known.every(
    (range, i) => i === 0 || Math.abs(range.from - known[i - 1]!.to - step.step) < 1e-9,
  );
  const first = known[0]!;
  const last = known[known.length - 1]!;
  const combined = known.length > 1;
  if (contiguous)
    return {
      label: rangeLabel({ from: first.from, to: last.to }, numbers),
      count: cell.count,
      at: first.from,
      combined,
    };
  return {
    label:
      known.length === 2
        ? messages.orList(known.map((r) => rangeLabel(r, numbers)))
        : messages.t('results.slider.otherValues'),
    count: cell.count,
    at: Infinity,
    combined,
  };
}

export function drawSliderResults(
  flow: Flow,
  step: StepOf<'slider'>,
  aggregate: SliderAggregate,
): void {
  const { numbers, messages } = flow.frame;
  const { t } = messages;
  if (allMerged(aggregate.distribution)) {
    const range = aggregate.mostIn === undefined ? null : parseRange(aggregate.mostIn);
    const value = (n: number) => sliderValue(n, numbers);
    const text = !range
      ? t('results.splitWithheld')
      : range.from === range.to
        ? t('results.slider.mostAt', { value: value(range.from) })
        : t('results.slider.mostBetween', { from: value(range.from), to: value(range.to) });
    flow.text(text, { size: 11.5, color: MUTED, gapAfter: 6 });
    return;
  }
  const columns = aggregate.distribution
    .map((cell) => columnOf(cell, step, numbers, messages))
    .sort((a, b) => (a.at === b.at ? 0 : a.at < b.at ? -1 : 1))
    .map(({ at: _at, ...column }) => column);
  drawColumnChart(flow, binColumns(columns), [
    `${sliderValue(step.min, numbers)}: ${step.minLabel}`,
    `${sliderValue(step.max, numbers)}: ${step.maxLabel}`,
  ]);
  const figures = [
    aggregate.median !== null
      ? t('results.slider.median', { value: numbers.decimal(aggregate.median) })
      : null,
    aggregate.mean !== null
      ? t('results.slider.mean', { value: numbers.decimal(aggregate.mean) })
      : null,
  ].filter(Boolean);
  if (figures.length > 0) flow.text(`${figures.join(' · ')}.`, { size: 11.5, gapAfter: 6 });
}
