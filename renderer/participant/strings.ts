import { t } from './i18n/translate.js';

/**
 * Every piece of text the phone app shows, read from the active language's catalog
 * (renderer/participant/i18n/catalogs). The charts' words, which the console and projector
 * share, are in common/chart-strings.ts. Workshop content stays in the workshop's language.
 */
function screenStrings() {
  return {
    appName: t('appName'),
    educationalNote: t('educationalNote'),
    connection: {
      online: t('connection.online'),
      connecting: t('connection.connecting'),
      offline: t('connection.offline'),
      offlineHint: t('connection.offlineHint'),
    },
    join: {
      title: t('join.title'),
      intro: t('join.intro'),
      codeLabel: t('join.codeLabel'),
      codeHint: t('join.codeHint'),
      nicknameLabel: t('join.nicknameLabel'),
      nicknameHint: t('join.nicknameHint'),
      submit: t('join.submit'),
      joining: t('join.joining'),
      privacy: t('join.privacy'),
      errors: {
        WRONG_CODE: t('join.errors.WRONG_CODE'),
        ROOM_LOCKED: t('join.errors.ROOM_LOCKED'),
        ROOM_FULL: t('join.errors.ROOM_FULL'),
        RATE_LIMITED: t('join.errors.RATE_LIMITED'),
        UNREACHABLE: t('join.errors.UNREACHABLE'),
        ENDED: t('join.errors.ENDED'),
        BAD_CODE: t('join.errors.BAD_CODE'),
        OTHER: t('join.errors.OTHER'),
      },
      namesOff: t('join.namesOff'),
    },
    resuming: t('resuming'),
    wrongHost: {
      title: t('wrongHost.title'),
      body: t('wrongHost.body'),
    },
    waitingForReopen: {
      title: t('waitingForReopen.title'),
      body: t('waitingForReopen.body'),
      joinInstead: t('waitingForReopen.joinInstead'),
    },
    agreement: {
      title: t('agreement.title'),
      intro: t('agreement.intro'),
      inThisApp: t('agreement.inThisApp'),
      pass: t('agreement.pass'),
      anonymous: t('agreement.anonymous'),
      accept: t('agreement.accept'),
    },
    waiting: {
      title: t('waiting.title'),
      greeting: (name: string) => t('waiting.greeting', { name }),
      body: t('waiting.body'),
      nextSoon: t('waiting.nextSoon'),
      between: t('waiting.between'),
    },
    step: {
      progress: (index: number, count: number) => t('step.progress', { number: index + 1, count }),
      pendingNote: t('step.pendingNote'),
      closedTitle: t('step.closedTitle'),
      closedNote: t('step.closedNote'),
      yourAnswer: t('step.yourAnswer'),
      youPassed: t('step.youPassed'),
      noAnswer: t('step.noAnswer'),
      answered: t('step.answered'),
      worksheetSaved: t('step.worksheetSaved'),
    },
    contentNote: {
      title: t('contentNote.title'),
      continue: t('contentNote.continue'),
      pass: t('contentNote.pass'),
    },
    actions: {
      send: t('actions.send'),
      update: t('actions.update'),
      sending: t('actions.sending'),
      sent: t('actions.sent'),
      saved: t('actions.saved'),
      save: t('actions.save'),
      pass: t('actions.pass'),
      passed: t('actions.passed'),
      passHint: t('actions.passHint'),
      failed: t('actions.failed'),
      offline: t('actions.offline'),
      sentOffline: t('actions.sentOffline'),
      changeWhileOpen: t('actions.changeWhileOpen'),
      incomplete: t('actions.incomplete'),
    },
  };
}

function exerciseStrings() {
  return {
    scale: {
      oneByOne: t('scale.oneByOne'),
      allAtOnce: t('scale.allAtOnce'),
      modeLabel: t('scale.modeLabel'),
      statementOf: (index: number, count: number) =>
        t('scale.statementOf', { number: index + 1, count }),
      back: t('scale.back'),
      next: t('scale.next'),
      skip: t('scale.skip'),
      rated: (done: number, count: number) => t('scale.rated', { done, count }),
      reviewAll: t('scale.reviewAll'),
    },
    choice: {
      pickOne: t('choice.pickOne'),
      pickMany: t('choice.pickMany'),
    },
    sort: {
      instructions: t('sort.instructions'),
      placed: (done: number, count: number) => t('sort.placed', { done, count }),
      yourPlacement: t('sort.yourPlacement'),
      notPlaced: t('sort.notPlaced'),
      keyTitle: t('sort.keyTitle'),
      notesTitle: t('sort.notesTitle'),
    },
    words: {
      instructions: (max: number) => t('words.instructions', { max }),
      wordLabel: (index: number) => t('words.wordLabel', { number: index + 1 }),
    },
    open: {
      label: t('open.label'),
      counter: (length: number, max: number) => t('open.counter', { length, max }),
      share: t('open.share'),
      shareHint: t('open.shareHint'),
      shareShown: t('open.shareShown'),
      shareSaved: t('open.shareSaved'),
    },
    rank: {
      instructions: t('rank.instructions'),
      moveUp: (label: string) => t('rank.moveUp', { label }),
      moveDown: (label: string) => t('rank.moveDown', { label }),
      position: (position: number) => t('rank.position', { position }),
      dragHandle: (label: string) => t('rank.dragHandle', { label }),
      moved: (label: string, place: number, total: number) =>
        t('rank.moved', { label, place, total }),
    },
    slider: {
      untouched: t('slider.untouched'),
      lower: (value: number) => t('slider.lower', { value }),
      higher: (value: number) => t('slider.higher', { value }),
    },
    worksheet: {
      private: t('worksheet.private'),
      privateHint: t('worksheet.privateHint'),
    },
    results: {
      title: t('results.title'),
      respondents: (n: number) => t('results.respondents', { count: n }),
      forYouTitle: t('results.forYouTitle'),
      forYouNote: t('results.forYouNote'),
      yourLean: t('results.yourLean'),
      notRated: t('results.notRated'),
      quizTitle: t('results.quizTitle'),
      correctMark: t('results.correctMark'),
      yourChoice: t('results.yourChoice'),
    },
    timer: {
      remaining: t('timer.remaining'),
      paused: t('timer.paused'),
      ready: t('timer.ready'),
      done: t('timer.done'),
    },
  };
}

function careAndEndStrings() {
  return {
    care: {
      support: t('care.support'),
      grounding: t('care.grounding'),
      pause: t('care.pause'),
      pauseOn: t('care.pauseOn'),
      pauseTitle: t('care.pauseTitle'),
      pauseExplain: t('care.pauseExplain'),
      pauseSend: t('care.pauseSend'),
      pauseCancel: t('care.pauseCancel'),
      pauseActive: t('care.pauseActive'),
      close: t('care.close'),
      supportTitle: t('care.supportTitle'),
      supportIntro: t('care.supportIntro'),
      supportFallback: t('care.supportFallback'),
      supportFromCounselor: t('care.supportFromCounselor'),
      textMessage: t('care.textMessage'),
    },
    grounding: {
      title: t('grounding.title'),
      intro: t('grounding.intro'),
      next: t('grounding.next'),
      back: t('grounding.back'),
      restart: t('grounding.restart'),
      done: t('grounding.done'),
      stepOf: (index: number, count: number) => t('grounding.stepOf', { number: index + 1, count }),
      steps: [
        { count: 5, sense: t('grounding.steps.0.sense') },
        { count: 4, sense: t('grounding.steps.1.sense') },
        { count: 3, sense: t('grounding.steps.2.sense') },
        { count: 2, sense: t('grounding.steps.3.sense') },
        { count: 1, sense: t('grounding.steps.4.sense') },
      ],
    },
    end: {
      title: t('end.title'),
      body: t('end.body'),
      takeaway: t('end.takeaway'),
      takeawayHint: t('end.takeawayHint'),
      takeawayWithoutAnswers: t('end.takeawayWithoutAnswers'),
      largePrint: t('end.largePrint'),
      keepItSafe: t('end.keepItSafe'),
      downloading: t('end.downloading'),
      downloadFailed: t('end.downloadFailed'),
      takeawayFileName: t('end.takeawayFileName'),
      joinAnother: t('end.joinAnother'),
    },
    language: {
      label: t('language.label'),
    },
    removed: {
      title: t('removed.title'),
      body: t('removed.body'),
      again: t('removed.again'),
    },
  };
}

/** The shape the screens read. */
function buildStrings() {
  return { ...screenStrings(), ...exerciseStrings(), ...careAndEndStrings() };
}

export type Strings = ReturnType<typeof buildStrings>;

/**
 * The strings in the phone's language. A live binding: `rebuildStrings` swaps it after a language
 * change, and the app re-renders so every screen reads the new words.
 */
export let strings: Strings = buildStrings();

export function rebuildStrings(): void {
  strings = buildStrings();
}
