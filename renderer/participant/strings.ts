/**
 * Every piece of text the phone app shows, in one place so a translation can be added by
 * copying `en` and swapping the object that `strings` points to. The charts' words, which the
 * console and projector share, are in common/chart-strings.ts.
 * Plain, warm words; no jargon, nothing that sounds like a test or a diagnosis.
 */
export const en = {
  appName: 'Circlework',
  educationalNote: 'This is for reflection and learning, not a diagnosis.',

  connection: {
    online: 'Connected',
    connecting: 'Connecting…',
    offline: 'Reconnecting…',
    offlineHint:
      'Your phone lost contact with the counselor’s laptop. Your answers are safe; this page reconnects by itself.',
  },

  join: {
    title: 'Join the group',
    intro: 'Enter the room code shown on the screen at the front of the room.',
    codeLabel: 'Room code',
    codeHint: '6 letters and numbers',
    nicknameLabel: 'First name or nickname (optional)',
    nicknameHint:
      'Only the counselor sees it, and only during the session. Your answers never show a name.',
    submit: 'Join',
    joining: 'Joining…',
    privacy: 'No account, no e-mail. Your answers are anonymous to the group.',
    errors: {
      WRONG_CODE:
        'That code doesn’t match a room that’s open right now. Check the code on the screen and try again.',
      ROOM_LOCKED:
        'This room is closed to new people at the moment. Let the counselor know you’d like to join.',
      ROOM_FULL: 'This room is full. Let the counselor know you’d like to join.',
      RATE_LIMITED: 'Too many tries. Wait a moment, check the code on the screen, then try again.',
      UNREACHABLE:
        'Can’t reach the counselor’s laptop. Check that your phone is on the same Wi-Fi as the room, then try again.',
      ENDED: 'This session has already ended.',
      BAD_CODE: 'A room code is 6 letters and numbers.',
      OTHER: 'Something went wrong while joining. Please try again.',
    },
    namesOff: 'This group is fully anonymous, so no name is needed.',
  },

  resuming: 'Getting you back in…',
  wrongHost: {
    title: 'Checking the counselor’s laptop',
    body: 'This page can’t confirm it is talking to the laptop whose code you scanned, so it sends nothing for now and keeps checking. If the counselor started a new session, scan the code on the screen again.',
  },
  waitingForReopen: {
    title: 'Waiting for the counselor',
    body: 'The session is paused on the counselor’s laptop. You will be back in, with your answers, as soon as it reopens.',
    joinInstead: 'Join with a code instead',
  },

  agreement: {
    title: 'Our group agreement',
    intro: 'Before we begin, please read what we agree on together.',
    inThisApp: 'In this app',
    pass: 'You can pass on any question. Nobody sees who passed.',
    anonymous: 'Your answers are shown to the group only as a summary, never with your name.',
    accept: 'I understand, let’s go',
  },

  waiting: {
    title: 'You’re in',
    greeting: (name: string) => `You’re in, ${name}`,
    body: 'The counselor will start soon. Take a breath and settle in.',
    nextSoon: 'The next part will appear here by itself.',
    between: 'The counselor will continue in a moment.',
  },

  step: {
    progress: (index: number, count: number) => `Part ${index + 1} of ${count}`,
    pendingNote: 'Take a moment to read. Answers open when the counselor is ready.',
    closedTitle: 'Answers are closed',
    closedNote: 'The counselor may show the group’s summary in a moment.',
    yourAnswer: 'Your answer',
    youPassed: 'You passed on this one. That’s completely fine.',
    noAnswer: 'You didn’t answer this one. That’s completely fine.',
    answered: 'Your answer was received.',
    worksheetSaved: 'Saved for your own takeaway. Nobody else sees it.',
  },

  contentNote: {
    title: 'A note before this exercise',
    continue: 'Continue',
    pass: 'Pass on this one',
  },

  actions: {
    send: 'Send',
    update: 'Send change',
    sending: 'Sending…',
    sent: 'Sent ✓',
    saved: 'Saved ✓',
    save: 'Save',
    pass: 'Pass',
    passed: 'Passed ✓',
    passHint: 'Passing is always OK.',
    failed: 'Not sent yet. Please try again.',
    offline: 'Not connected right now. Your answer stays here until you can send it.',
    sentOffline: 'Your answer is safe with the counselor. Reconnecting…',
    changeWhileOpen: 'You can change your answer while answers are open.',
    incomplete: 'Choose an answer, or pass.',
  },

  scale: {
    oneByOne: 'One at a time',
    allAtOnce: 'All on one page',
    modeLabel: 'How to show the statements',
    statementOf: (index: number, count: number) => `Statement ${index + 1} of ${count}`,
    back: 'Back',
    next: 'Next',
    skip: 'Skip this statement',
    rated: (done: number, count: number) => `${done} of ${count} rated`,
    reviewAll: 'Review all',
  },

  choice: {
    pickOne: 'Choose one.',
    pickMany: 'Choose all that fit.',
  },

  sort: {
    instructions: 'For each item, tap the group you think it belongs to.',
    placed: (done: number, count: number) => `${done} of ${count} placed`,
    yourPlacement: 'You placed it:',
    notPlaced: 'You left this one out.',
    keyTitle: 'Where each one belongs',
    notesTitle: 'A thought on each one',
  },

  words: {
    instructions: (max: number) =>
      max === 1 ? 'One word or a short phrase.' : `Up to ${max} words or short phrases.`,
    wordLabel: (index: number) => `Word ${index + 1}`,
  },

  open: {
    label: 'Your answer',
    counter: (length: number, max: number) => `${length} of ${max} characters`,
    share: 'OK to share anonymously',
    shareHint:
      'Off unless you tick it. If ticked, the counselor may show your words to the group without your name. Words that are shown also go into everyone’s takeaway and the results report. You can untick it until it has been shown.',
    shareShown: 'Your words have been shown to the group anonymously.',
    shareSaved: 'Sharing choice saved ✓',
  },

  rank: {
    instructions:
      'Put the most important at the top. Drag an item by its handle, or use the arrows.',
    moveUp: (label: string) => `Move “${label}” up`,
    moveDown: (label: string) => `Move “${label}” down`,
    position: (position: number) => `${position}.`,
    dragHandle: (label: string) => `Drag to move ${label}`,
    moved: (label: string, place: number, total: number) =>
      `${label} moved to place ${place} of ${total}`,
  },

  slider: {
    untouched: 'Move the slider to choose.',
    lower: (value: number) => `Lower, to ${value}`,
    higher: (value: number) => `Higher, to ${value}`,
  },

  worksheet: {
    private: 'Only you see this',
    privateHint:
      'Nobody else sees what you write here, not even the counselor. It goes into your own takeaway at the end.',
  },

  results: {
    title: 'What the group said',
    respondents: (n: number) => (n === 1 ? '1 person answered' : `${n} people answered`),
    forYouTitle: 'Just for you',
    forYouNote: 'Only you see this part. It’s a mirror for reflection, not a score.',
    yourLean: 'Where your answers lean',
    notRated: 'You didn’t rate statements in this theme.',
    quizTitle: 'The answer',
    correctMark: 'a good answer',
    yourChoice: 'your choice',
  },

  timer: {
    remaining: 'Time left',
    paused: 'Paused',
    ready: 'Starts when the counselor is ready',
    done: 'Time is up',
  },

  care: {
    support: 'Support',
    grounding: 'Grounding',
    pause: 'I need a pause',
    pauseOn: 'Pause asked',
    pauseTitle: 'I need a pause',
    pauseExplain:
      'The counselor sees how many people asked for a pause, never who. You can take a break at any time.',
    pauseSend: 'Let the counselor know',
    pauseCancel: 'I’m OK now, cancel my pause signal',
    pauseActive: 'The counselor knows someone needs a pause.',
    close: 'Close',
    supportTitle: 'Support',
    supportIntro:
      'If something here stirs up difficult feelings, you don’t have to handle it alone.',
    supportFallback:
      'If you are in danger or crisis, call your local emergency number. You can also talk to the counselor after the session.',
    supportFromCounselor: 'From your counselor',
  },

  grounding: {
    title: '5-4-3-2-1 grounding',
    intro: 'A short exercise to come back to the here and now. Only you see it; nothing is sent.',
    steps: [
      { count: 5, sense: 'Notice 5 things you can see around you.' },
      { count: 4, sense: 'Notice 4 things you can touch or feel, like your feet on the floor.' },
      { count: 3, sense: 'Notice 3 things you can hear.' },
      { count: 2, sense: 'Notice 2 things you can smell, or two smells you like.' },
      { count: 1, sense: 'Notice 1 thing you can taste, or take one slow breath.' },
    ],
    next: 'Next',
    back: 'Back',
    restart: 'Start again',
    done: 'Well done. Take all the time you need.',
    stepOf: (index: number, count: number) => `Step ${index + 1} of ${count}`,
  },

  end: {
    title: 'Thank you for taking part',
    body: 'Thank you for your openness and your attention today. Be gentle with yourself.',
    takeaway: 'Download my takeaway (PDF)',
    takeawayHint:
      'Your own answers, the group’s anonymous summary and the handout. It is made only for you.',
    takeawayWithoutAnswers: 'Download without my answers (PDF)',
    largePrint: 'Large print (bigger text)',
    keepItSafe:
      'If someone at home checks your phone or bag, keep only what would be safe for them to see: take the copy without your answers, or keep your plans in your head.',
    downloading: 'Preparing your PDF…',
    downloadFailed: 'The download didn’t work. Please try again.',
    takeawayFileName: 'circlework-takeaway.pdf',
    joinAnother: 'Join another session',
  },

  removed: {
    title: 'You’ve left this session',
    body: 'The counselor has taken you out of this session. If that seems wrong, please speak to them.',
    again: 'Join with a code',
  },
} as const;

/** The shape any translation must fill. */
export type Strings = typeof en;

/** The strings in use. A translation would pick its object here (e.g. from the template's language). */
export const strings: Strings = en;
