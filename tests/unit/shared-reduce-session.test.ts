import { describe, expect, it } from 'vitest';
import { reduceSession } from '../../shared/session/reduce-session.js';
import type { SessionAction, SessionState } from '../../shared/session/session-types.js';
import {
  answerAction,
  apply,
  fixtureTemplate,
  newSession,
  openOn,
  revealWith,
  stepIndex,
} from './shared-fixture.js';

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    Object.values(value).forEach(deepFreeze);
    Object.freeze(value);
  }
  return value;
}

describe('createSession', () => {
  it('starts in the lobby on step 0 with every phase pending', () => {
    const state = newSession();
    expect(state.status).toBe('lobby');
    expect(state.currentStep).toBe(0);
    expect(state.locked).toBe(false);
    expect(Object.keys(state.phases)).toEqual(fixtureTemplate.steps.map((s) => s.id));
    expect(new Set(Object.values(state.phases))).toEqual(new Set(['pending']));
    expect(state.participants).toEqual({});
    expect(state.template).not.toBe(fixtureTemplate);
    expect(state.template).toEqual(fixtureTemplate);
  });
});

describe('reduceSession: legal transitions', () => {
  it('lobby → running → ended', () => {
    const running = apply(newSession(), { type: 'start' });
    expect(running.status).toBe('running');
    const ended = apply(running, { type: 'end', now: 42 });
    expect(ended.status).toBe('ended');
    expect(ended.endedAt).toBe(42);
  });

  it('a session may end straight from the lobby', () => {
    expect(apply(newSession(), { type: 'end', now: 1 }).status).toBe('ended');
  });

  it('pending → open → closed → open → closed → revealed', () => {
    const id = 'quiz';
    let state = apply(newSession(), { type: 'start' }, { type: 'goto', index: stepIndex[id]! });
    expect(state.phases[id]).toBe('pending');
    state = apply(state, { type: 'open' });
    expect(state.phases[id]).toBe('open');
    state = apply(state, { type: 'close' });
    expect(state.phases[id]).toBe('closed');
    state = apply(state, { type: 'open' });
    expect(state.phases[id]).toBe('open');
    state = apply(state, { type: 'close' }, { type: 'reveal' });
    expect(state.phases[id]).toBe('revealed');
  });

  it('goto moves freely, also in the lobby, and closes an open current step', () => {
    const lobby = apply(newSession(), { type: 'goto', index: 3 });
    expect(lobby.currentStep).toBe(3);
    const open = openOn('quiz', []);
    const moved = apply(open, { type: 'goto', index: 0 });
    expect(moved.currentStep).toBe(0);
    expect(moved.phases.quiz).toBe('closed');
    expect(apply(moved, { type: 'goto', index: 0 })).toBe(moved);
  });

  it('ending closes an open step', () => {
    const ended = apply(openOn('quiz', []), { type: 'end', now: 5 });
    expect(ended.phases.quiz).toBe('closed');
  });

  it('entering a timer step sets its countdown; start, pause and reset use the action time', () => {
    let state = apply(newSession(), { type: 'start' }, { type: 'goto', index: stepIndex.breathe! });
    expect(state.timer).toEqual({ stepId: 'breathe', durationMs: 60_000, remainingMs: 60_000 });
    state = apply(state, { type: 'timer', command: 'start', now: 1000 });
    expect(state.timer).toMatchObject({ remainingMs: 60_000, runningSince: 1000 });
    state = apply(state, { type: 'timer', command: 'pause', now: 11_000 });
    expect(state.timer?.remainingMs).toBe(50_000);
    expect(state.timer?.runningSince).toBeUndefined();
    state = apply(state, { type: 'timer', command: 'start', now: 20_000 });
    state = apply(state, { type: 'timer', command: 'pause', now: 200_000 });
    expect(state.timer?.remainingMs).toBe(0);
    state = apply(state, { type: 'timer', command: 'start', now: 300_000 });
    expect(state.timer).toMatchObject({ remainingMs: 60_000, runningSince: 300_000 });
    state = apply(state, { type: 'timer', command: 'reset', now: 301_000 });
    expect(state.timer).toEqual({ stepId: 'breathe', durationMs: 60_000, remainingMs: 60_000 });
  });

  it('lock and unlock', () => {
    const locked = apply(newSession(), { type: 'lock', locked: true });
    expect(locked.locked).toBe(true);
    expect(apply(locked, { type: 'lock', locked: false }).locked).toBe(false);
  });

  it('join keeps a nickname only when names are enabled', () => {
    const named = apply(newSession(), { type: 'join', participantId: 'p1', nickname: ' Ana ' });
    expect(named.participants.p1).toEqual({
      id: 'p1',
      nickname: 'Ana',
      removed: false,
      answers: {},
    });
    const anonymous = apply(newSession({ namesEnabled: false }), {
      type: 'join',
      participantId: 'p1',
      nickname: 'Ana',
    });
    expect(anonymous.participants.p1?.nickname).toBeUndefined();
  });

  it('a known participant rejoins a locked room and keeps their answers', () => {
    let state = openOn('quiz', ['p1']);
    state = apply(state, answerAction('p1', 'quiz', { kind: 'choice', optionIds: ['a'] }));
    state = apply(state, { type: 'lock', locked: true });
    const rejoined = apply(state, { type: 'join', participantId: 'p1' });
    expect(rejoined.participants.p1?.answers.quiz?.answer).toEqual({
      kind: 'choice',
      optionIds: ['a'],
    });
  });

  it('remove marks the participant removed, drops their nickname and pause signal', () => {
    let state = apply(
      newSession(),
      { type: 'join', participantId: 'p1', nickname: 'Ana' },
      { type: 'pause', participantId: 'p1', on: true },
    );
    state = apply(state, { type: 'remove', participantId: 'p1' });
    expect(state.participants.p1).toEqual({ id: 'p1', removed: true, answers: {} });
    expect(state.pauseRequests).toEqual([]);
  });

  it('answer, change answer (new ref) and pass', () => {
    let state = openOn('quiz', ['p1']);
    state = apply(state, {
      type: 'answer',
      participantId: 'p1',
      stepId: 'quiz',
      answer: { kind: 'choice', optionIds: ['a'] },
      ref: 'r1',
    });
    expect(state.participants.p1?.answers.quiz).toEqual({
      answer: { kind: 'choice', optionIds: ['a'] },
      ref: 'r1',
    });
    state = apply(state, {
      type: 'answer',
      participantId: 'p1',
      stepId: 'quiz',
      answer: { kind: 'choice', optionIds: ['b'] },
      ref: 'r2',
    });
    expect(state.participants.p1?.answers.quiz?.ref).toBe('r2');
    state = apply(state, {
      type: 'answer',
      participantId: 'p1',
      stepId: 'quiz',
      answer: { kind: 'pass' },
      ref: 'r3',
    });
    expect(state.participants.p1?.answers.quiz?.answer).toEqual({ kind: 'pass' });
  });

  it('share opt-in and withdraw before the text is shown', () => {
    let state = openOn('story', ['p1']);
    state = apply(
      state,
      answerAction('p1', 'story', { kind: 'open', text: 'I said no once.', share: false }),
    );
    state = apply(state, { type: 'share', participantId: 'p1', stepId: 'story', share: true });
    expect(state.participants.p1?.answers.story?.answer).toMatchObject({ share: true });
    state = apply(state, { type: 'share', participantId: 'p1', stepId: 'story', share: false });
    expect(state.participants.p1?.answers.story?.answer).toMatchObject({ share: false });
  });

  it('withdrawing stays possible after reveal when the text was not approved', () => {
    let state = revealWith('story', { p1: { kind: 'open', text: 'Mine.', share: true } });
    state = apply(state, { type: 'share', participantId: 'p1', stepId: 'story', share: false });
    expect(state.participants.p1?.answers.story?.answer).toMatchObject({ share: false });
  });

  it('pause on/off counts each participant once; clearPauses empties it', () => {
    let state = apply(
      newSession(),
      { type: 'join', participantId: 'p1' },
      { type: 'join', participantId: 'p2' },
    );
    state = apply(
      state,
      { type: 'pause', participantId: 'p1', on: true },
      { type: 'pause', participantId: 'p1', on: true },
      { type: 'pause', participantId: 'p2', on: true },
    );
    expect(state.pauseRequests).toEqual(['p1', 'p2']);
    state = apply(state, { type: 'pause', participantId: 'p1', on: false });
    expect(state.pauseRequests).toEqual(['p2']);
    expect(apply(state, { type: 'clearPauses' }).pauseRequests).toEqual([]);
  });

  it('moderate approves or hides by ref; hideWord stores the normalised word', () => {
    let state = openOn('story', ['p1']);
    state = apply(state, {
      type: 'answer',
      participantId: 'p1',
      stepId: 'story',
      answer: { kind: 'open', text: 'Hi', share: true },
      ref: 'r1',
    });
    state = apply(state, { type: 'moderate', stepId: 'story', ref: 'r1', decision: 'approved' });
    expect(state.moderation.story).toEqual({ r1: 'approved' });
    state = apply(state, { type: 'moderate', stepId: 'story', ref: 'r1', decision: 'hidden' });
    expect(state.moderation.story).toEqual({ r1: 'hidden' });

    let words = apply(state, {
      type: 'hideWord',
      stepId: 'cloud',
      word: '  Trust! ',
      hidden: true,
    });
    expect(words.hiddenWords.cloud).toEqual(['trust']);
    words = apply(words, { type: 'hideWord', stepId: 'cloud', word: 'TRUST', hidden: false });
    expect(words.hiddenWords.cloud).toEqual([]);
  });

  it('never mutates its input, whatever the action', () => {
    const base = openOn('story', ['p1', 'p2']);
    const withAnswer = apply(base, {
      type: 'answer',
      participantId: 'p1',
      stepId: 'story',
      answer: { kind: 'open', text: 'Hi', share: true },
      ref: 'r1',
    });
    const frozen = deepFreeze(structuredClone(withAnswer));
    const snapshot = structuredClone(frozen);
    const actions: SessionAction[] = [
      { type: 'start' },
      { type: 'goto', index: 1 },
      { type: 'open' },
      { type: 'close' },
      { type: 'reveal' },
      { type: 'end', now: 1 },
      { type: 'lock', locked: true },
      { type: 'join', participantId: 'p9', nickname: 'Zoe' },
      { type: 'remove', participantId: 'p2' },
      answerAction('p2', 'story', { kind: 'open', text: 'Yo', share: false }),
      { type: 'share', participantId: 'p1', stepId: 'story', share: false },
      { type: 'pause', participantId: 'p1', on: true },
      { type: 'clearPauses' },
      { type: 'moderate', stepId: 'story', ref: 'r1', decision: 'approved' },
      { type: 'hideWord', stepId: 'cloud', word: 'x', hidden: true },
      { type: 'timer', command: 'start', now: 1 },
    ];
    for (const action of actions) reduceSession(frozen, action);
    expect(frozen).toEqual(snapshot);
  });
});

interface IllegalCase {
  name: string;
  state: () => SessionState;
  action: SessionAction;
  code: string;
}

const running = () => apply(newSession(), { type: 'start' });
const ended = () => apply(newSession(), { type: 'end', now: 1 });
const onStep = (id: string) => apply(running(), { type: 'goto', index: stepIndex[id]! });

const illegal: IllegalCase[] = [
  { name: 'start twice', state: running, action: { type: 'start' }, code: 'ILLEGAL_TRANSITION' },
  { name: 'start after end', state: ended, action: { type: 'start' }, code: 'ENDED' },
  { name: 'end twice', state: ended, action: { type: 'end', now: 2 }, code: 'ENDED' },
  {
    name: 'goto past the last step',
    state: running,
    action: { type: 'goto', index: 99 },
    code: 'UNKNOWN_STEP',
  },
  {
    name: 'goto a negative step',
    state: running,
    action: { type: 'goto', index: -1 },
    code: 'UNKNOWN_STEP',
  },
  { name: 'goto after end', state: ended, action: { type: 'goto', index: 1 }, code: 'ENDED' },
  {
    name: 'open in the lobby',
    state: () => apply(newSession(), { type: 'goto', index: stepIndex.quiz! }),
    action: { type: 'open' },
    code: 'NOT_RUNNING',
  },
  { name: 'open after end', state: ended, action: { type: 'open' }, code: 'ENDED' },
  {
    name: 'open an info step',
    state: () => onStep('welcome'),
    action: { type: 'open' },
    code: 'NOT_AN_EXERCISE',
  },
  {
    name: 'open a timer step',
    state: () => onStep('breathe'),
    action: { type: 'open' },
    code: 'NOT_AN_EXERCISE',
  },
  {
    name: 'open twice',
    state: () => openOn('quiz', []),
    action: { type: 'open' },
    code: 'ILLEGAL_TRANSITION',
  },
  {
    name: 'reopen after reveal',
    state: () => revealWith('quiz', {}),
    action: { type: 'open' },
    code: 'ILLEGAL_TRANSITION',
  },
  {
    name: 'close a pending step',
    state: () => onStep('quiz'),
    action: { type: 'close' },
    code: 'ILLEGAL_TRANSITION',
  },
  {
    name: 'close an info step',
    state: () => onStep('welcome'),
    action: { type: 'close' },
    code: 'NOT_AN_EXERCISE',
  },
  {
    name: 'reveal while open',
    state: () => openOn('quiz', []),
    action: { type: 'reveal' },
    code: 'ILLEGAL_TRANSITION',
  },
  {
    name: 'reveal a pending step',
    state: () => onStep('quiz'),
    action: { type: 'reveal' },
    code: 'ILLEGAL_TRANSITION',
  },
  {
    name: 'reveal twice',
    state: () => revealWith('quiz', {}),
    action: { type: 'reveal' },
    code: 'ILLEGAL_TRANSITION',
  },
  { name: 'lock after end', state: ended, action: { type: 'lock', locked: true }, code: 'ENDED' },
  {
    name: 'join a locked room',
    state: () => apply(newSession(), { type: 'lock', locked: true }),
    action: { type: 'join', participantId: 'new' },
    code: 'ROOM_LOCKED',
  },
  {
    name: 'join an ended session',
    state: ended,
    action: { type: 'join', participantId: 'new' },
    code: 'ENDED',
  },
  {
    name: 'rejoin after removal',
    state: () =>
      apply(
        newSession(),
        { type: 'join', participantId: 'p1' },
        { type: 'remove', participantId: 'p1' },
      ),
    action: { type: 'join', participantId: 'p1' },
    code: 'REMOVED',
  },
  {
    name: 'remove an unknown participant',
    state: running,
    action: { type: 'remove', participantId: 'ghost' },
    code: 'UNKNOWN_PARTICIPANT',
  },
  {
    name: 'answer from an unknown participant',
    state: () => openOn('quiz', []),
    action: answerAction('ghost', 'quiz', { kind: 'pass' }),
    code: 'UNKNOWN_PARTICIPANT',
  },
  {
    name: 'answer after removal',
    state: () => apply(openOn('quiz', ['p1']), { type: 'remove', participantId: 'p1' }),
    action: answerAction('p1', 'quiz', { kind: 'pass' }),
    code: 'REMOVED',
  },
  {
    name: 'answer in the lobby',
    state: () => apply(newSession(), { type: 'join', participantId: 'p1' }),
    action: answerAction('p1', 'quiz', { kind: 'pass' }),
    code: 'NOT_RUNNING',
  },
  {
    name: 'answer after end',
    state: () => apply(openOn('quiz', ['p1']), { type: 'end', now: 1 }),
    action: answerAction('p1', 'quiz', { kind: 'pass' }),
    code: 'ENDED',
  },
  {
    name: 'answer a pending step',
    state: () => apply(onStep('quiz'), { type: 'join', participantId: 'p1' }),
    action: answerAction('p1', 'quiz', { kind: 'pass' }),
    code: 'STEP_NOT_OPEN',
  },
  {
    name: 'answer a closed step',
    state: () => apply(openOn('quiz', ['p1']), { type: 'close' }),
    action: answerAction('p1', 'quiz', { kind: 'pass' }),
    code: 'STEP_NOT_OPEN',
  },
  {
    name: 'answer another step than the open one',
    state: () => openOn('quiz', ['p1']),
    action: answerAction('p1', 'cloud', { kind: 'words', words: ['x'] }),
    code: 'STEP_NOT_OPEN',
  },
  {
    name: 'answer an unknown step',
    state: () => openOn('quiz', ['p1']),
    action: answerAction('p1', 'nope', { kind: 'pass' }),
    code: 'UNKNOWN_STEP',
  },
  {
    name: 'answer an info step',
    state: () => openOn('quiz', ['p1']),
    action: answerAction('p1', 'welcome', { kind: 'pass' }),
    code: 'NOT_AN_EXERCISE',
  },
  {
    name: 'answer of the wrong kind',
    state: () => openOn('quiz', ['p1']),
    action: answerAction('p1', 'quiz', { kind: 'slider', value: 3 }),
    code: 'INVALID_ANSWER',
  },
  {
    name: 'share without an answer',
    state: () => openOn('story', ['p1']),
    action: { type: 'share', participantId: 'p1', stepId: 'story', share: true },
    code: 'UNKNOWN_ANSWER',
  },
  {
    name: 'share on a non-text step',
    state: () => openOn('quiz', ['p1']),
    action: { type: 'share', participantId: 'p1', stepId: 'quiz', share: true },
    code: 'NOT_AN_EXERCISE',
  },
  {
    name: 'share a passed step',
    state: () => apply(openOn('story', ['p1']), answerAction('p1', 'story', { kind: 'pass' })),
    action: { type: 'share', participantId: 'p1', stepId: 'story', share: true },
    code: 'UNKNOWN_ANSWER',
  },
  {
    name: 'withdraw a text already shown',
    state: () => {
      let state = openOn('story', ['p1']);
      state = apply(state, {
        type: 'answer',
        participantId: 'p1',
        stepId: 'story',
        answer: { kind: 'open', text: 'Shown', share: true },
        ref: 'shown',
      });
      return apply(
        state,
        { type: 'close' },
        { type: 'moderate', stepId: 'story', ref: 'shown', decision: 'approved' },
        { type: 'reveal' },
      );
    },
    action: { type: 'share', participantId: 'p1', stepId: 'story', share: false },
    code: 'ALREADY_SHOWN',
  },
  {
    name: 'pause from an unknown participant',
    state: running,
    action: { type: 'pause', participantId: 'ghost', on: true },
    code: 'UNKNOWN_PARTICIPANT',
  },
  {
    name: 'pause after removal',
    state: () =>
      apply(
        newSession(),
        { type: 'join', participantId: 'p1' },
        { type: 'remove', participantId: 'p1' },
      ),
    action: { type: 'pause', participantId: 'p1', on: true },
    code: 'REMOVED',
  },
  {
    name: 'moderate an unknown ref',
    state: () => openOn('story', ['p1']),
    action: { type: 'moderate', stepId: 'story', ref: 'nope', decision: 'approved' },
    code: 'UNKNOWN_ANSWER',
  },
  {
    name: 'moderate an unknown step',
    state: () => openOn('story', ['p1']),
    action: { type: 'moderate', stepId: 'nope', ref: 'r', decision: 'approved' },
    code: 'UNKNOWN_STEP',
  },
  {
    name: 'moderate a non-text step',
    state: () => openOn('quiz', ['p1']),
    action: { type: 'moderate', stepId: 'quiz', ref: 'r', decision: 'approved' },
    code: 'NOT_AN_EXERCISE',
  },
  {
    name: 'hide a word on a non-words step',
    state: running,
    action: { type: 'hideWord', stepId: 'quiz', word: 'x', hidden: true },
    code: 'NOT_AN_EXERCISE',
  },
  {
    name: 'hide an unknown step word',
    state: running,
    action: { type: 'hideWord', stepId: 'nope', word: 'x', hidden: true },
    code: 'UNKNOWN_STEP',
  },
  {
    name: 'hide a word of punctuation only',
    state: running,
    action: { type: 'hideWord', stepId: 'cloud', word: '!!!', hidden: true },
    code: 'UNKNOWN_ANSWER',
  },
  {
    name: 'timer on an info step',
    state: () => onStep('welcome'),
    action: { type: 'timer', command: 'start', now: 1 },
    code: 'ILLEGAL_TRANSITION',
  },
  {
    name: 'timer in the lobby',
    state: () => apply(newSession(), { type: 'goto', index: stepIndex.breathe! }),
    action: { type: 'timer', command: 'start', now: 1 },
    code: 'NOT_RUNNING',
  },
  {
    name: 'timer after end',
    state: ended,
    action: { type: 'timer', command: 'start', now: 1 },
    code: 'ENDED',
  },
  {
    name: 'unknown action type',
    state: running,
    action: { type: 'explode' } as unknown as SessionAction,
    code: 'ILLEGAL_TRANSITION',
  },
];

describe('reduceSession: illegal transitions', () => {
  it.each(illegal)('$name → $code', ({ state, action, code }) => {
    const result = reduceSession(state(), action);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe(code);
    expect(result.error.message).toMatch(/^["A-Z].{8,}\.$/);
  });
});

describe('moderation refs', () => {
  it('a changed answer gets a new ref, so an earlier approval no longer applies', () => {
    let state = openOn('story', ['p1']);
    state = apply(state, {
      type: 'answer',
      participantId: 'p1',
      stepId: 'story',
      answer: { kind: 'open', text: 'First', share: true },
      ref: 'old',
    });
    state = apply(state, { type: 'moderate', stepId: 'story', ref: 'old', decision: 'approved' });
    state = apply(state, {
      type: 'answer',
      participantId: 'p1',
      stepId: 'story',
      answer: { kind: 'open', text: 'Second thoughts', share: true },
      ref: 'new',
    });
    const stale = reduceSession(state, {
      type: 'moderate',
      stepId: 'story',
      ref: 'old',
      decision: 'approved',
    });
    expect(stale.ok).toBe(false);
    if (!stale.ok) expect(stale.error.code).toBe('UNKNOWN_ANSWER');
    state = apply(state, { type: 'close' }, { type: 'reveal' });
    expect(state.participants.p1?.answers.story?.ref).toBe('new');
    expect(state.moderation.story?.new).toBeUndefined();
  });

  it("a removed participant's ref can't be moderated", () => {
    let state = openOn('story', ['p1']);
    state = apply(state, {
      type: 'answer',
      participantId: 'p1',
      stepId: 'story',
      answer: { kind: 'open', text: 'x', share: true },
      ref: 'r',
    });
    state = apply(state, { type: 'remove', participantId: 'p1' });
    const result = reduceSession(state, {
      type: 'moderate',
      stepId: 'story',
      ref: 'r',
      decision: 'approved',
    });
    expect(result.ok).toBe(false);
  });
});
