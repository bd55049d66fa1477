import { describe, expect, it } from 'vitest';
import { buildConsoleView } from '../../shared/protocol/build-views.js';
import {
  applySessionAction,
  cloneForOwnership,
  reduceSession,
} from '../../shared/session/reduce-session.js';
import { answerAction, apply, joinAll, newSession, openOn } from './shared-fixture.js';

describe('removeMany: a whole surge removed in one action', () => {
  it('removes everyone listed, drops their nicknames and pause signals, keeps the rest', () => {
    let state = apply(
      joinAll(newSession(), ['real', 'bot1', 'bot2', 'bot3']),
      { type: 'join', participantId: 'real', nickname: 'Alex' },
      { type: 'join', participantId: 'bot1', nickname: 'Bot' },
      { type: 'start' },
      { type: 'pause', participantId: 'bot1', on: true },
      { type: 'pause', participantId: 'real', on: true },
    );
    state = apply(state, { type: 'removeMany', participantIds: ['bot1', 'bot2', 'bot3'] });
    for (const id of ['bot1', 'bot2', 'bot3']) {
      expect(state.participants[id]!.removed).toBe(true);
      expect(state.participants[id]!.nickname).toBeUndefined();
    }
    expect(state.participants.real).toMatchObject({ removed: false, nickname: 'Alex' });
    expect(state.pauseRequests).toEqual(['real']);
    const view = buildConsoleView(state, 'http://x/', 0);
    expect(view.joined).toBe(1);
    expect(view.people).toEqual([{ id: 'real', nickname: 'Alex' }]);
  });

  it('answers already given stay in the results, as with a single removal', () => {
    const state = apply(
      openOn('quiz', ['p1', 'p2']),
      answerAction('p1', 'quiz', { kind: 'choice', optionIds: ['a'] }),
      { type: 'removeMany', participantIds: ['p1'] },
    );
    expect(state.participants.p1!.answers.quiz).toBeDefined();
    expect(state.participants.p1!.removed).toBe(true);
  });

  it('is all or nothing: one unknown id refuses the whole list', () => {
    const state = joinAll(newSession(), ['p1', 'p2']);
    const refused = reduceSession(state, { type: 'removeMany', participantIds: ['p1', 'ghost'] });
    expect(refused).toEqual({
      ok: false,
      error: expect.objectContaining({ code: 'UNKNOWN_PARTICIPANT' }) as unknown,
    });
    expect(state.participants.p1!.removed).toBe(false);
  });

  it('changes nothing (same state object) when everyone listed is already removed, or the list is empty', () => {
    const state = apply(joinAll(newSession(), ['p1', 'p2']), {
      type: 'removeMany',
      participantIds: ['p1'],
    });
    for (const participantIds of [['p1'], [], ['p1', 'p1']]) {
      const again = reduceSession(state, { type: 'removeMany', participantIds });
      expect(again.ok && again.state).toBe(state);
    }
  });

  it('works in an ended session too, so a surge can be cleared from the kept list', () => {
    const state = apply(joinAll(newSession(), ['p1', 'p2']), { type: 'end', now: 1 });
    const after = apply(state, { type: 'removeMany', participantIds: ['p1', 'p2'] });
    expect(Object.values(after.participants).every((p) => p.removed)).toBe(true);
  });

  it('a removed participant cannot rejoin with the same id or answer', () => {
    const state = apply(openOn('quiz', ['p1', 'p2']), {
      type: 'removeMany',
      participantIds: ['p1'],
    });
    const rejoin = reduceSession(state, { type: 'join', participantId: 'p1' });
    expect(!rejoin.ok && rejoin.error.code).toBe('REMOVED');
    const answer = reduceSession(state, answerAction('p1', 'quiz', { kind: 'pass' }));
    expect(!answer.ok && answer.error.code).toBe('REMOVED');
  });

  it('in place, 500 removals give the same state as the pure reducer, leaving the original alone', () => {
    const ids = Array.from({ length: 500 }, (_, i) => `bot${i}`);
    const before = joinAll(newSession(), ['real', ...ids]);
    const snapshot = JSON.stringify(before);
    const pure = reduceSession(before, { type: 'removeMany', participantIds: ids });
    const owned = cloneForOwnership(before);
    expect(applySessionAction(owned, { type: 'removeMany', participantIds: ids })).toBeNull();
    expect(pure.ok && pure.state).toEqual(owned);
    expect(JSON.stringify(before)).toBe(snapshot);
    expect(buildConsoleView(owned, 'http://x/', 0).joined).toBe(1);
  });
});
