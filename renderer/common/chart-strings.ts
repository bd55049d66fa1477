/** Words the aggregate charts use; console and projector pass their own if they need different ones. */
export const chartStrings = {
  /** Headline above the small-group note; the phone shows the note alone. */
  tooFewTitle: '',
  tooFew: (k: number, _respondents: number) =>
    `Too few answers to show yet. A summary appears once at least ${k} people have answered.`,
  respondents: (n: number) => (n === 1 ? '1 person answered' : `${n} people answered`),
  people: (n: number) => (n === 1 ? '1 person' : `${n} people`),
  percent: (p: number) => `${Math.round(p)}%`,
  choiceDetail: (n: number, percent: number) =>
    `${n === 1 ? '1 person' : `${n} people`} · ${Math.round(percent)}%`,
  correct: 'correct',
  average: 'Average',
  median: 'Middle value',
  averagePosition: (p: number, _itemCount: number) => `average place ${p.toFixed(1)}`,
  sortLabel: (item: string, _category: string) => item,
  placedAsKey: (share: number, category: string) =>
    `${Math.round(share * 100)}% placed it under “${category}”`,
  /** A line under the sort chart saying what the bars measure; empty shows none. */
  sortNote: '',
  /** Under an opinion sort's spread: what it shows, and that nobody is wrong. */
  sortOpinionNote: 'Where people placed each one. There is no right answer.',
  noTexts: 'No answers were shared with the group.',
  noWords: 'No words to show.',
  hideWord: (word: string) => `Hide the word “${word}”`,
  hideWordHint: 'Hide this word from the cloud',
  theme: 'Theme',
  ratingLegend: 'Ratings from 1 to 5',
  statements: 'Show each statement',
  ratingCount: (label: string, n: number) => `${label}: ${n}`,
  // Coarsened results (issue 13): small numbers are combined so nobody can be picked out.
  or: 'or',
  splitWithheld: 'Split not shown, to protect small numbers.',
  otherCombined: 'Other answers combined',
  combinedNote: 'Answers given by fewer than 3 people are combined, so nobody can be picked out.',
  mostMatchKey: 'Most of the group matched the key',
  bandSkipped: 'Skipped',
  bandMixed: 'In between',
  leanTitle: 'Where people lean overall',
  leanMost: (band: string) => `Most of the group leaned towards “${band}”.`,
  leanHalf: (band: string) => `Half of the group leaned towards “${band}”.`,
  leanMixed: 'Most of the group rated this theme in between.',
  leanSplit: 'The group leaned different ways here.',
  sliderMost: (range: string) => `Most of the group answered ${range}.`,
  choiceMost: (option: string) => `Most of the group chose “${option}”.`,
  choiceMostPicked: (options: string[]) =>
    `More than half of the group picked ${options.map((o) => `“${o}”`).join(' and ')}.`,
  topWords: 'Words more than one person gave, the most frequent first.',
  noTopWords: 'No word was given by more than one person.',
};

/** Same keys as `chartStrings`, any wording. */
export type ChartStrings = typeof chartStrings;
