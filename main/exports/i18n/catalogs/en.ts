/**
 * The words every participant's PDF prints around the workshop's own texts (handout, takeaway
 * and the pieces they share), as ICU messages (intl-messageformat). The other languages have
 * exactly these keys (the type says so; tests/unit/exports-pdf-catalogs.test.ts checks that
 * every key is used).
 */
export const en = {
  'frame.support': 'Support: {text}',
  'frame.notDiagnosis': 'Educational, not a diagnosis.',
  'frame.page': 'Page {page} of {pages}',
  'cover.about': 'About {minutes} minutes · For {audience}',
  'cover.agreement': 'Our group agreement',
  'cover.notDiagnosisTitle': 'This is for reflection, not a diagnosis',
  'cover.notDiagnosis':
    'The exercises help you notice patterns and put words to them. They are not a test and give no score. If something here weighs on you, talking to someone you trust or to a therapist can help.',
  'cover.contentNotes': 'Content notes',
  'cover.support': 'Support',
  'credits.title': 'Sources and credits',
  'safety.title': 'My safety and support page',
  'safety.intro':
    'Fill this in for yourself, in your own time. Keep it where you can reach it, and somewhere safe: if someone at home checks your phone or bag, write only what would be safe for them to see, or keep it in your head.',
  'safety.support': 'Support for this group',
  'safety.crisisLine': 'A crisis line I can call',
  'safety.crisisHint': 'If you are in danger right now, call your local emergency number.',
  'safety.abuseService': 'A service for people who are afraid of someone at home',
  'safety.trustedPerson': 'A person I trust, and how I reach them',
  'safety.unsafePlan': 'What I’ll do if I feel unsafe',
  'safety.unsafeHint':
    'For example: a place I can go, someone I can call, a word that tells a friend I need help.',
  'safety.counselor': 'My counselor’s contacts',
  'step.kind':
    '{kind, select, info {Read} timer {Pause} scale {Reflection} choice {Question} sort {Sorting exercise} words {A few words} open {Writing} rank {Ranking} slider {On a scale} other {Worksheet}}',
  'step.kindAndMinutes': '{kind} · about {minutes} min',
  'step.contentNote': 'Content note',
  'handout.label': 'Worksheets',
  'handout.cover': 'Worksheets and handout',
  'handout.notes': 'Notes, if you like:',
  'takeaway.label': 'My takeaway',
  'takeaway.yourAnswer': 'Your answer',
  'takeaway.notAnswered': 'You did not answer this one.',
  'takeaway.passed': 'You passed on this one, which is always fine.',
  'takeaway.worksheetPrivate':
    'This worksheet is private: nobody else sees it, not even the facilitator.',
  'takeaway.group': 'The group',
  'takeaway.notShown': 'The group results of this exercise were not shown in the session.',
  'takeaway.smallNumbers': 'Small numbers: {method}',
  'takeaway.yoursTitle': 'This is yours',
  'takeaway.yoursWithAnswers':
    'It holds your own answers, including your private worksheets, next to what the group saw together. Only your phone could download it. Keep it somewhere private. If someone at home checks your phone or bag, keep only what would be safe for them to see.',
  'takeaway.yoursWithoutAnswers':
    'This copy leaves out your own answers: it holds only what the group saw together and the handout text.',
  'takeaway.reflectionTitle': 'For reflection, not a diagnosis',
  'takeaway.reflectionBody':
    'Nothing here is a score or a label. If something you wrote weighs on you, talking to someone you trust or to a therapist can help.',
  'takeaway.support': 'Support',
  'form.choice.tickAll': 'Tick all that apply.',
  'form.choice.tickOne': 'Tick one.',
  'form.open.shared':
    'You chose to share this anonymously; it was shown only if the facilitator approved it.',
  'form.open.private': 'You kept this private.',
  'form.rank.instructions':
    'Write 1 next to what matters most to you, {count} next to what matters least.',
  'form.scale.instructions':
    'Mark one box per statement. Leave out any statement you prefer not to answer.',
  'form.scale.statement': 'Statement',
  'form.slider.mark': 'Mark your place on the line.',
  'form.slider.yourAnswer': 'Your answer: {value}',
  'form.words.instructions':
    '{count, plural, one {One word or a short phrase.} other {Up to # words or short phrases.}}',
  'form.leftBlank': '(left blank)',
  'form.sort.item': 'Item',
  'form.sort.instructions': 'Mark one column for each item.',
  'reflect.title': 'Reading your answers',
  'reflect.intro':
    'There is no score and no right answer. For each theme, look at the boxes you marked and notice where they lean. Then take a moment with the question below it.',
  'reflect.lean': 'My answers here lean:',
  'reflect.toward': 'mostly toward “{label}”',
  'reflect.middle': 'somewhere in the middle, or mixed',
  'results.private': 'Private: worksheet answers are never collected into group results.',
  'results.withheld':
    'Withheld: fewer than {k} people answered, so nothing is shown, to protect their privacy.',
  'results.tooFew': 'Too few answers to show.',
  'results.chartAlt': 'Chart of the group’s answers. {drawn}',
  'results.splitWithheld': 'Split not shown, to protect small numbers.',
  'results.allCombined':
    '{noun, select, values {All values combined} other {All answers combined}}',
  'results.otherCombined':
    '{noun, select, values {Other values combined} other {Other answers combined}}',
  'results.or': 'or',
  'results.open.none': 'No answers were shared and approved for showing.',
  'results.open.intro':
    'Answers their authors chose to share and the facilitator approved, in random order.',
  'results.choice.mostMany': 'More than half of the group picked {options}.',
  'results.choice.mostOne': 'Most of the group chose {option}.',
  'results.choice.correct': '{merged, select, yes {correct answers} other {correct answer}}',
  'results.choice.multiple':
    'People could choose more than one option, so the percentages add up to more than 100%.',
  'results.ownLean.title': 'Where your answers lean',
  'results.ownLean.note': 'Only you see this. It is not a score: just a picture to reflect on.',
  'results.ownLean.none': 'You did not rate statements in this theme.',
  'results.ownLean.toward': 'Your answers lean toward “{label}”.',
  'results.ownLean.line':
    'Your answers lean toward “{label}”, on a line from “{first}” to “{last}”.',
  'results.scale.between': 'In between (theme lean)',
  'results.scale.skipped': 'Skipped',
  'results.scale.half': 'Half of the group leaned towards “{label}”.',
  'results.scale.different': 'The group leaned different ways here.',
  'results.scale.middle': 'Most of the group rated this theme in between.',
  'results.scale.most': 'Most of the group leaned towards “{label}”.',
  'results.scale.overall': 'Where people lean overall.',
  'results.scale.allStatements': 'All statements in this theme',
  'results.slider.otherValues': 'Other values',
  'results.slider.mostBetween': 'Most of the group answered between {from} and {to}.',
  'results.slider.mostAt': 'Most of the group answered {value}.',
  'results.slider.median': 'Median {value}',
  'results.slider.mean': 'mean {value}',
  'results.rank.intro': 'Average position given to each item, most important first.',
  'results.rank.most': 'most important',
  'results.rank.least': 'least important',
  'results.sort.leftOut': 'Left out',
  'results.sort.opinion': 'Where people placed each one. There is no right answer.',
  'results.sort.taught': 'Where people placed each one, and what the workshop teaches about it.',
  'results.sort.none': 'No placements to show.',
  'results.sort.teaches': 'The workshop teaches: {label}',
  'results.words.noneShared': 'No word was given by more than one person.',
  'results.words.shared': 'Words more than one person gave, the most frequent first and largest.',
  'results.words.none': 'No word was given often enough to show.',
  'results.words.legend':
    'Larger words were given more often; the small number is how many people gave it.',
} as const;

export type PdfMessageKey = keyof typeof en;
export type PdfCatalog = Record<PdfMessageKey, string>;
