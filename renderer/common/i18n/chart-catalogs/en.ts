/**
 * The aggregate charts' English messages (ICU MessageFormat), shared by phone, console and
 * projector. `room.*` are the console's and projector's wording where it differs from the phone's.
 * Every other language fills exactly these keys (tests/unit/room-catalogs.test.ts).
 */
export const chartEn = {
  'chart.tooFew':
    'Too few answers to show yet. A summary appears once at least {k, plural, one {# person has} other {# people have}} answered.',
  'chart.respondents': '{count, plural, one {# person answered} other {# people answered}}',
  'chart.people': '{count, plural, one {# person} other {# people}}',
  'chart.percent': '{percent}%',
  'chart.choiceDetail': '{count, plural, one {# person} other {# people}} · {percent}%',
  'chart.correct': 'correct',
  'chart.average': 'Average',
  'chart.median': 'Middle value',
  'chart.averagePosition': 'average place {place, number, ::.0}',
  'chart.placedAsKey': '{percent}% placed it under “{category}”',
  'chart.sortOpinionNote': 'Where people placed each one. There is no right answer.',
  'chart.noTexts': 'No answers were shared with the group.',
  'chart.noWords': 'No words to show.',
  'chart.hideWord': 'Hide the word “{word}”',
  'chart.hideWordHint': 'Hide this word from the cloud',
  'chart.ratingLegend': 'Ratings from 1 to 5',
  'chart.statements': 'Show each statement',
  'chart.ratingCount': '{label}: {count}',
  'chart.or': 'or',
  'chart.splitWithheld': 'Split not shown, to protect small numbers.',
  'chart.otherCombined': 'Other answers combined',
  'chart.combinedNote':
    'Answers given by fewer than 3 people are combined, so nobody can be picked out.',
  'chart.mostMatchKey': 'Most of the group matched the key',
  'chart.bandSkipped': 'Skipped',
  'chart.bandMixed': 'In between',
  'chart.leanTitle': 'Where people lean overall',
  'chart.leanMost': 'Most of the group leaned towards “{band}”.',
  'chart.leanHalf': 'Half of the group leaned towards “{band}”.',
  'chart.leanMixed': 'Most of the group rated this theme in between.',
  'chart.leanSplit': 'The group leaned different ways here.',
  'chart.sliderMost': 'Most of the group answered {range}.',
  'chart.choiceMost': 'Most of the group chose “{option}”.',
  'chart.choiceMostPicked': 'More than half of the group picked {options}.',
  'chart.quoted': '“{text}”',
  'chart.topWords': 'Words more than one person gave, the most frequent first.',
  'chart.noTopWords': 'No word was given by more than one person.',
  'room.tooFewTitle': 'Too few answers to show',
  'room.tooFew': 'To keep everyone anonymous, results are shown from {k} answers.',
  'room.respondents': '{count, plural, one {# answer} other {# answers}}',
  'room.averagePosition': 'average place {place, number, ::.0} of {count}',
  'room.sortLabel': '{item} → {category}',
  'room.sortNote': 'Share of the group who placed each item where the key puts it',
  'room.median': 'Middle answer',
  'room.noTexts': 'No shared answers approved yet.',
  'room.noWords': 'No words to show yet.',
} as const;

export type ChartMessageKey = keyof typeof chartEn;
/** The shape every translation fills: the same keys, its own words. */
export type ChartCatalog = Record<ChartMessageKey, string>;
