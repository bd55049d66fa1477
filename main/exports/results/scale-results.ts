import type { Count, ScaleAggregate } from '../../../shared/aggregate/aggregate-types.js';
import type { StepOf } from '../../../shared/template/step-schema.js';
import {
  drawLegend,
  drawStackedRow,
  stackedRowHeight,
  type Segment,
} from '../charts/stacked-bar.js';
import { pdfMessages, type PdfMessages } from '../i18n/pdf-messages.js';
import type { Flow } from '../layout/flow.js';
import { allMerged, cellLabel, isMerged } from './labels.js';

/** Darker means more agreement, in bands (exports) and in single ratings (room) alike. */
const BAND_SHADE: Record<string, number> = {
  disagree: 3,
  neutral: 2,
  mixed: 2,
  agree: 0,
  skipped: 4,
};
const RATING_SHADE = [4, 3, 2, 1, 0];

function bandLabel(step: StepOf<'scale'>, key: string, messages: PdfMessages): string {
  const [l1 = '', l2 = '', l3, l4 = '', l5 = ''] = step.labels;
  switch (key) {
    case 'disagree':
      return messages.orList([l1, l2]);
    case 'neutral':
      return l3 ?? key;
    case 'mixed':
      return messages.t('results.scale.between');
    case 'agree':
      return messages.orList([l4, l5]);
    case 'skipped':
      return messages.t('results.scale.skipped');
    default:
      return key;
  }
}

function bandSegments(step: StepOf<'scale'>, bands: Count[], messages: PdfMessages): Segment[] {
  return bands.map((band) => ({
    label: cellLabel(band, bands, (key) => bandLabel(step, key, messages), {
      listMembers: false,
      messages,
    }),
    count: band.count,
    shade: band.members && band.members.length > 1 ? 'combined' : (BAND_SHADE[band.key] ?? 1),
  }));
}

/**
 * "Most of the group leaned towards …": one true sentence per theme, read from cells that are
 * safe to print (a merged cell never names a majority).
 */
export function leanSentence(
  step: StepOf<'scale'>,
  leans: Count[],
  respondents: number,
  messages: PdfMessages = pdfMessages('en'),
): string {
  const { t } = messages;
  const majority = leans.find((cell) => !isMerged(cell) && cell.count * 2 > respondents);
  const half = leans.find((cell) => !isMerged(cell) && cell.count * 2 === respondents);
  if (!majority && half && half.key !== 'skipped' && half.key !== 'mixed')
    return t('results.scale.half', { label: bandLabel(step, half.key, messages) });
  if (!majority || majority.key === 'skipped') return t('results.scale.different');
  if (majority.key === 'mixed') return t('results.scale.middle');
  return t('results.scale.most', { label: bandLabel(step, majority.key, messages) });
}

function ratingSegments(step: StepOf<'scale'>, distribution: number[]): Segment[] {
  return step.labels.map((label, i) => ({
    label,
    count: distribution[i] ?? 0,
    shade: RATING_SHADE[i] ?? 0,
  }));
}

/**
 * Per theme, one bar per statement. Exports carry coarse bands (1–2, 3, 4–5) with small
 * cells merged; the room sees the five ratings.
 */
export function drawScaleResults(
  flow: Flow,
  step: StepOf<'scale'>,
  aggregate: ScaleAggregate,
): void {
  const { messages } = flow.frame;
  const { t: tr } = messages;
  const coarse = aggregate.themes.some((t) => t.statements.some((s) => s.bands));
  // Rows with every band combined show a note instead of a bar, so they need no legend entry.
  const combined = aggregate.themes.some((t) =>
    t.statements.some((s) => s.bands && !allMerged(s.bands) && s.bands.some(isMerged)),
  );

  const legend: { label: string; shade: Segment['shade'] }[] = coarse
    ? [
        ...[
          'disagree',
          'neutral',
          ...(aggregate.themes.some((t) => t.leanBands?.length) ? ['mixed'] : []),
          'agree',
          'skipped',
        ].map((key) => ({
          label: bandLabel(step, key, messages),
          shade: BAND_SHADE[key] ?? 1,
        })),
        ...(combined
          ? [
              {
                label: tr('results.otherCombined', { noun: 'answers' }),
                shade: 'combined' as const,
              },
            ]
          : []),
      ]
    : step.labels.map((label, i) => ({ label, shade: RATING_SHADE[i] ?? 0 }));
  drawLegend(flow, legend);
  for (const themeAggregate of aggregate.themes) {
    const theme = step.themes.find((t) => t.id === themeAggregate.themeId);
    if (!theme) continue;
    const rows: { label: string; segments: Segment[]; withheld?: string }[] = [];
    const leans = themeAggregate.leanBands;
    if (leans && leans.length > 0) {
      rows.push({
        label: allMerged(leans)
          ? tr('results.scale.overall')
          : `${tr('results.scale.overall')} ${leanSentence(step, leans, aggregate.respondents, messages)}`,
        segments: bandSegments(step, leans, messages),
        ...(allMerged(leans) ? { withheld: tr('results.splitWithheld') } : {}),
      });
    }
    if (!coarse && themeAggregate.distribution.some((n) => n > 0)) {
      rows.push({
        label: tr('results.scale.allStatements'),
        segments: ratingSegments(step, themeAggregate.distribution),
      });
    }
    for (const statementAggregate of themeAggregate.statements) {
      const statement = theme.statements.find((s) => s.id === statementAggregate.statementId);
      if (!statement) continue;
      const { bands } = statementAggregate;
      rows.push({
        label: statement.text,
        segments: bands
          ? bandSegments(step, bands, messages)
          : ratingSegments(step, statementAggregate.distribution),
        ...(bands && allMerged(bands) ? { withheld: tr('results.splitWithheld') } : {}),
      });
    }
    const first = rows[0];
    // The theme title stays with its first bar.
    flow.ensure(
      flow.measure(theme.title, { bold: true }) +
        4 +
        (first ? stackedRowHeight(flow, first.label, first.segments, first.withheld) : 0),
    );
    flow.text(theme.title, { bold: true, gapAfter: 4 });
    for (const row of rows) drawStackedRow(flow, row.label, row.segments, row.withheld);
    flow.space(4);
  }
}
