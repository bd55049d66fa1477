import { chartLocale, chartT as t } from './i18n/chart-translate.js';

/**
 * Words the aggregate charts use, in the active language (common/i18n/chart-catalogs); console
 * and projector pass their own (room-chart-strings.ts) where they word things differently.
 */
export function chartStrings() {
  return {
    /** Headline above the small-group note; the phone shows the note alone. */
    tooFewTitle: '',
    tooFew: (k: number, _respondents: number) => t('chart.tooFew', { k }),
    respondents: (n: number) => t('chart.respondents', { count: n }),
    people: (n: number) => t('chart.people', { count: n }),
    percent: (p: number) => t('chart.percent', { percent: Math.round(p) }),
    choiceDetail: (n: number, percent: number) =>
      t('chart.choiceDetail', { count: n, percent: Math.round(percent) }),
    correct: t('chart.correct'),
    average: t('chart.average'),
    median: t('chart.median'),
    averagePosition: (p: number, _itemCount: number) => t('chart.averagePosition', { place: p }),
    sortLabel: (item: string, _category: string) => item,
    placedAsKey: (share: number, category: string) =>
      t('chart.placedAsKey', { percent: Math.round(share * 100), category }),
    /** A line under the sort chart saying what the bars measure; empty shows none. */
    sortNote: '',
    /** Under an opinion sort's spread: what it shows, and that nobody is wrong. */
    sortOpinionNote: t('chart.sortOpinionNote'),
    noTexts: t('chart.noTexts'),
    noWords: t('chart.noWords'),
    hideWord: (word: string) => t('chart.hideWord', { word }),
    hideWordHint: t('chart.hideWordHint'),
    ratingLegend: t('chart.ratingLegend'),
    statements: t('chart.statements'),
    ratingCount: (label: string, n: number) => t('chart.ratingCount', { label, count: n }),
    // Coarsened results (issue 13): small numbers are combined so nobody can be picked out.
    or: t('chart.or'),
    splitWithheld: t('chart.splitWithheld'),
    otherCombined: t('chart.otherCombined'),
    combinedNote: t('chart.combinedNote'),
    mostMatchKey: t('chart.mostMatchKey'),
    bandSkipped: t('chart.bandSkipped'),
    bandMixed: t('chart.bandMixed'),
    leanTitle: t('chart.leanTitle'),
    leanMost: (band: string) => t('chart.leanMost', { band }),
    leanHalf: (band: string) => t('chart.leanHalf', { band }),
    leanMixed: t('chart.leanMixed'),
    leanSplit: t('chart.leanSplit'),
    sliderMost: (range: string) => t('chart.sliderMost', { range }),
    choiceMost: (option: string) => t('chart.choiceMost', { option }),
    choiceMostPicked: (options: string[]) =>
      t('chart.choiceMostPicked', {
        options: new Intl.ListFormat(chartLocale(), { type: 'conjunction' }).format(
          options.map((text) => t('chart.quoted', { text })),
        ),
      }),
    topWords: t('chart.topWords'),
    noTopWords: t('chart.noTopWords'),
  };
}

export type ChartStrings = ReturnType<typeof chartStrings>;
