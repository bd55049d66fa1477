import { describe, expect, it } from 'vitest';
import { personalViewTail, roomViewHead } from '../../main/host/sockets/view-wire.js';
import { buildParticipantView } from '../../shared/protocol/build-views.js';
import { parseSealedMessage } from '../../shared/seal/sealed-wire.js';
import type { SessionState } from '../../shared/session/session-types.js';
import { answerAction, apply, newSession, openOn, stepIndex } from './shared-fixture.js';

const NOW = 1_700_000_100_000;

/** What a phone reads from a push sent in two pieces. */
function joined(state: SessionState, participantId: string, language?: string) {
  const text = Buffer.concat([
    roomViewHead(state, NOW, language),
    personalViewTail(state, participantId),
  ]).toString('utf8');
  return parseSealedMessage(text);
}

describe('a view push in two pieces (the room’s once per slice, the phone’s own)', () => {
  it('reads as the view built for that participant, at every phase', () => {
    let state = openOn('story', ['p1', 'p2']);
    state = apply(state, {
      type: 'answer',
      participantId: 'p1',
      stepId: 'story',
      answer: { kind: 'open', text: 'Mine "quoted" – ünïcode', share: true },
      ref: 'r1',
    });
    const check = () => {
      for (const id of ['p1', 'p2', 'unknown']) {
        expect(joined(state, id)).toEqual({ e: 'view', p: buildParticipantView(state, id, NOW) });
      }
    };
    check();
    state = apply(
      state,
      { type: 'close' },
      { type: 'moderate', stepId: 'story', ref: 'r1', decision: 'approved' },
    );
    check();
    state = apply(state, { type: 'reveal' });
    check();
  });

  it('carries only that participant’s answer and pause', () => {
    let state = openOn('plan', ['p1', 'p2']);
    state = apply(
      state,
      answerAction('p1', 'plan', { kind: 'worksheet', fields: { boundary: 'SECRET-PLAN' } }),
      { type: 'pause', participantId: 'p1', on: true },
    );
    const theirs = joined(state, 'p2');
    expect(JSON.stringify(theirs)).not.toContain('SECRET-PLAN');
    expect(theirs?.p).toMatchObject({ pauseOn: false });
    expect(joined(state, 'p1')?.p).toMatchObject({
      pauseOn: true,
      myAnswer: { kind: 'worksheet', fields: { boundary: 'SECRET-PLAN' } },
    });
  });

  it('in the lobby, with a timer, and once ended', () => {
    let state = apply(newSession(), { type: 'join', participantId: 'p1' });
    expect(joined(state, 'p1')).toEqual({ e: 'view', p: buildParticipantView(state, 'p1', NOW) });
    state = apply(
      state,
      { type: 'start' },
      { type: 'goto', index: stepIndex.breathe! },
      { type: 'timer', command: 'start', now: NOW - 10_000 },
    );
    expect(joined(state, 'p1')).toEqual({ e: 'view', p: buildParticipantView(state, 'p1', NOW) });
    state = apply(state, { type: 'end', now: NOW });
    expect(joined(state, 'p1')).toEqual({ e: 'view', p: buildParticipantView(state, 'p1', NOW) });
  });
});
