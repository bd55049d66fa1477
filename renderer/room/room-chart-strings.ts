import { chartStrings, type ChartStrings } from '../common/strings.js';

/**
 * The console and projector word the shared charts for a room: short numbers beside each bar
 * (people read them from afar), and a plain note when the group is too small to show.
 */
export const roomChartStrings: ChartStrings = {
  ...chartStrings,
  tooFewTitle: 'Too few answers to show',
  // No number of respondents here: a suppressed step says only that it is too small.
  tooFew: (k) => `To keep everyone anonymous, results are shown from ${k} answers.`,
  respondents: (n) => (n === 1 ? '1 answer' : `${n} answers`),
  choiceDetail: (n) => String(n),
  averagePosition: (p, itemCount) => `average place ${p.toFixed(1)} of ${itemCount}`,
  sortLabel: (item, category) => (category ? `${item} → ${category}` : item),
  placedAsKey: (share) => `${Math.round(share * 100)}%`,
  sortNote: 'Share of the group who placed each item where the key puts it',
  median: 'Middle answer',
  noTexts: 'No shared answers approved yet.',
  noWords: 'No words to show yet.',
};
