import { chartStrings, type ChartStrings } from '../common/chart-strings.js';
import { chartT as t } from '../common/i18n/chart-translate.js';

/**
 * The console and projector word the shared charts for a room: short numbers beside each bar
 * (people read them from afar), and a plain note when the group is too small to show.
 */
export function roomChartStrings(): ChartStrings {
  return {
    ...chartStrings(),
    tooFewTitle: t('room.tooFewTitle'),
    // No number of respondents here: a suppressed step says only that it is too small.
    tooFew: (k) => t('room.tooFew', { k }),
    respondents: (n) => t('room.respondents', { count: n }),
    choiceDetail: (n) => String(n),
    averagePosition: (p, itemCount) => t('room.averagePosition', { place: p, count: itemCount }),
    sortLabel: (item, category) => (category ? t('room.sortLabel', { item, category }) : item),
    placedAsKey: (share) => t('chart.percent', { percent: Math.round(share * 100) }),
    sortNote: t('room.sortNote'),
    median: t('room.median'),
    noTexts: t('room.noTexts'),
    noWords: t('room.noWords'),
  };
}
