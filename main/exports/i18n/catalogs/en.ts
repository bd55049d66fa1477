/**
 * The words every participant's PDF prints around the workshop's own texts (handout, takeaway
 * and the pieces they share), as ICU messages (intl-messageformat). The other languages have
 * exactly these keys (the type says so; tests/unit/exports-pdf-catalogs.test.ts checks that
 * every key is used).
 */
export const en = {
  'frame.support': 'Support: {text}',
  'support.abuseHelpline': 'Domestic-abuse helpline:',
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
  'smallCell.merged':
    'Answers given by fewer than {min} people are combined into one group, which takes in the next-smallest answers where needed, so no count of 1 or 2 can be read or worked out.',
  'smallCell.scale':
    'Each theme shows where each person’s ratings lean on average (towards the low end, in between, or towards the high end); statements show ratings grouped as 1–2, 3 and 4–5. Groups with fewer than {min} people are combined with others, statements whose groups would all be combined are left out, and averages are left out, so no count of 1 or 2 can be read or worked out.',
  'smallCell.slider':
    'Values are grouped into ranges (three wider ones when five would leave small groups); ranges with fewer than {min} answers are combined with others, and averages are left out, so no count of 1 or 2 can be read or worked out.',
  'smallCell.topWords':
    'Only words given by at least {min} people are listed, most frequent first, without counts.',
  'smallCell.countedWords': 'Words written by fewer than {min} people are left out.',
  'report.label': 'Group results',
  'report.shown': 'Exercises shown: {shown} of {count}',
  'report.aboutTitle': 'About this report',
  'report.about':
    'It shows anonymized group totals only: no names, no individual answers and no answer times. An exercise answered by fewer than {k} people is withheld. Shared texts appear only when their authors opted in and the facilitator approved them, in random order. Private worksheets are never included. Where small numbers could point at someone, answers are grouped more coarsely, and each exercise says how.',
  'report.respondents': 'Respondents: {count}',
  'guide.label': 'Facilitator guide',
  'guide.runningOrder': 'Running order',
  'guide.col.number': '#',
  'guide.col.step': 'Step',
  'guide.col.kind': 'Kind',
  'guide.col.starts': 'Starts',
  'guide.col.minutes': 'Min',
  'guide.optional': '{text} (optional)',
  'guide.plannedTotal':
    'Planned total: {all} with every optional step, {planned} without them (the workshop is announced as {minutes} minutes).',
  'guide.contentNotes': 'Content notes to announce',
  'guide.notes': 'Facilitator notes',
  'guide.timer': 'Timer: {time}.',
  'guide.seconds': '{seconds} seconds',
  'guide.minutes': '{minutes} min',
  'guide.minutesSeconds': '{minutes} min {seconds} s',
  'guide.scale':
    '{themes, plural, one {# theme} other {# themes}}, rated from “{first}” to “{last}”. Each participant privately sees where their answers lean, theme by theme, with a reflection question. There is no score; the group sees only anonymous distributions.',
  'guide.reflection': 'Reflection: {text}',
  'guide.choiceKey':
    '{key, select, yes {Answer key (ticked):} other {Options (an opinion question, no key):}}',
  'guide.why': 'Why: {text}',
  'guide.sortKey': 'Answer key:',
  'guide.col.item': 'Item',
  'guide.col.belongs': 'Belongs in',
  'guide.col.why': 'Why',
  'guide.words':
    'Up to {count, plural, one {# word} other {# words}} each, shown only as a word cloud. You can hide any word before revealing; a built-in filter hides slurs.',
  'guide.open':
    'Answers up to {count} characters. Only texts whose authors ticked “OK to share anonymously” and that you approve are shown, without names, in shuffled order.',
  'guide.rank': 'The group sees the average position of each item.',
  'guide.slider': 'From {min} ({minLabel}) to {max} ({maxLabel}) in steps of {step}.',
  'guide.worksheet':
    'Private: worksheet answers are never shown to you or to the group; they appear only in the participant’s own takeaway.',
  'guide.opinion':
    'An opinion sort: no answer key. The group sees only the spread. Notes to offer:',
  'guide.col.thought': 'A thought to offer',
  'run.title': 'Run sheet',
  'run.intro':
    'Open the room at {open} so phones can join without a rush. Planned {planned} of {minutes} minutes; optional steps (+ minutes) only if time allows.',
  'run.end': 'End',
  'run.agreement': 'Read aloud: our group agreement',
  'run.needsYou': 'If the room needs you',
  'run.pause':
    'Pause signal: a count, never a name. Slow down, offer grounding to all, say stepping out is fine.',
  'run.distress':
    'Visible distress: do not turn the room towards them. Offer a quiet word or a break; they may pass on everything.',
  'run.leaves':
    'Someone leaves: no comment. A co-facilitator checks on them now; alone, check privately at the break.',
  'run.danger':
    'Danger disclosed: thank them, ask no details in the group. Talk privately soon, follow your safeguarding procedure, give the helplines.',
  'notes.title': 'Session notes',
  'notes.intro':
    'Date: ____________   Group: ______________________   People present: ______. These notes are written by hand and stay on this page: Circlework stores none of them. Keep them with your other confidential notes.',
  'notes.wentWell': 'What went well',
  'notes.wentWellHint': 'Moments, exercises or words that landed.',
  'notes.themes': 'Themes to follow up',
  'notes.themesHint': 'What the group kept coming back to, or what could come next time.',
  'notes.checkIns': 'Private check-ins to make',
  'notes.checkInsHint':
    'Who you want to speak to on their own, and about what. Use initials or a sign only you read.',
  'notes.nextTime': 'For next time',
  'notes.nextTimeHint': 'Timing, the room, what to change.',
  'csv.column.exercise': 'exercise',
  'csv.column.kind': 'kind',
  'csv.column.respondents': 'respondents',
  'csv.column.row': 'row',
  'csv.column.category': 'category',
  'csv.column.count': 'count',
  'csv.column.note': 'note',
  'csv.kind':
    '{kind, select, scale {scale} choice {choice} sort {sort} words {words} open {open} rank {rank} slider {slider} other {worksheet}}',
  'csv.band.disagree': 'ratings 1-2',
  'csv.band.neutral': 'rating 3',
  'csv.band.mixed': 'in between',
  'csv.band.agree': 'ratings 4-5',
  'csv.band.skipped': 'skipped',
  'csv.band.unplaced': 'not placed',
  'csv.range': '{from} to {to}',
  'csv.themeLean': '{text}: where people lean',
  'csv.wordRank': 'rank {value}',
  'csv.averagePosition': 'average position {value}',
  'csv.sharedText': 'shared text',
  'csv.withheld': 'Withheld: fewer than {k} people answered.',
} as const;

export type PdfMessageKey = keyof typeof en;
export type PdfCatalog = Record<PdfMessageKey, string>;
