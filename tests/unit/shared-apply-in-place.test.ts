import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildParticipantView } from '../../shared/protocol/build-views.js';
import {
  applySessionAction,
  cloneForOwnership,
  reduceSession,
} from '../../shared/session/reduce-session.js';
import type { Answer } from '../../shared/session/answer-schema.js';
import type { SessionAction } from '../../shared/session/session-types.js';
import { apply, fixtureTemplate, newSession, revealWith } from './shared-fixture.js';

const people = ['p0', 'p1', 'p2', 'p3'];
const stepIds = fixtureTemplate.steps.map((s) => s.id);

const actionArb: fc.Arbitrary<SessionAction> = fc.oneof(
  fc.constant<SessionAction>({ type: 'start' }),
  fc.nat({ max: stepIds.length }).map((index): SessionAction => ({ type: 'goto', index })),
  fc.constantFrom<SessionAction>({ type: 'open' }, { type: 'close' }, { type: 'reveal' }),
  fc.boolean().map((locked): SessionAction => ({ type: 'lock', locked })),
  fc
    .constantFrom(...people)
    .map((participantId): SessionAction => ({ type: 'join', participantId, nickname: 'N' })),
  fc
    .constantFrom(...people)
    .map((participantId): SessionAction => ({ type: 'remove', participantId })),
  fc
    .subarray([...people, 'ghost'])
    .map((participantIds): SessionAction => ({ type: 'removeMany', participantIds })),
  fc
    .record({ p: fc.constantFrom(...people), on: fc.boolean() })
    .map(({ p, on }): SessionAction => ({ type: 'pause', participantId: p, on })),
  fc.constant<SessionAction>({ type: 'clearPauses' }),
  fc
    .record({
      p: fc.constantFrom(...people),
      ref: fc.constantFrom('r1', 'r2', 'r3'),
      answer: fc.constantFrom<{ stepId: string; answer: Answer }>(
        { stepId: 'quiz', answer: { kind: 'choice' as const, optionIds: ['a'] } },
        { stepId: 'story', answer: { kind: 'open' as const, text: 'Hello', share: true } },
        { stepId: 'cloud', answer: { kind: 'words' as const, words: ['Trust'] } },
        { stepId: 'energy', answer: { kind: 'slider' as const, value: 4 } },
        { stepId: 'plan', answer: { kind: 'worksheet' as const, fields: { boundary: 'x' } } },
        { stepId: 'quiz', answer: { kind: 'pass' as const } },
      ),
    })
    .map(({ p, ref, answer }): SessionAction => ({
      type: 'answer',
      participantId: p,
      ref,
      ...answer,
    })),
  fc
    .record({ p: fc.constantFrom(...people), share: fc.boolean() })
    .map(({ p, share }): SessionAction => ({
      type: 'share',
      participantId: p,
      stepId: 'story',
      share,
    })),
  fc
    .record({
      ref: fc.constantFrom('r1', 'r2', 'r3'),
      decision: fc.constantFrom('approved' as const, 'hidden' as const),
    })
    .map(({ ref, decision }): SessionAction => ({
      type: 'moderate',
      stepId: 'story',
      ref,
      decision,
    })),
  fc
    .record({ word: fc.constantFrom('trust', 'Care'), hidden: fc.boolean() })
    .map(({ word, hidden }): SessionAction => ({
      type: 'hideWord',
      stepId: 'cloud',
      word,
      hidden,
    })),
  fc
    .record({
      command: fc.constantFrom('start' as const, 'pause' as const, 'reset' as const),
      now: fc.nat({ max: 100_000 }),
    })
    .map(({ command, now }): SessionAction => ({ type: 'timer', command, now })),
  fc.nat({ max: 10 }).map((now): SessionAction => ({ type: 'end', now })),
);

describe('applySessionAction (in place) behaves exactly like reduceSession (pure)', () => {
  it('for random action sequences, with the pure states left untouched', () => {
    fc.assert(
      fc.property(fc.array(actionArb, { maxLength: 60 }), (actions) => {
        let pure = newSession();
        const owned = cloneForOwnership(newSession());
        const history: { state: typeof pure; snapshot: string }[] = [];
        for (const action of actions) {
          const transition = reduceSession(pure, action);
          const error = applySessionAction(owned, action);
          if (transition.ok) {
            expect(error).toBeNull();
            history.push({ state: pure, snapshot: JSON.stringify(pure) });
            pure = transition.state;
          } else {
            expect(error).toEqual(transition.error);
          }
          expect(owned).toEqual(pure);
        }
        for (const { state, snapshot } of history) expect(JSON.stringify(state)).toBe(snapshot);
      }),
      { numRuns: 200 },
    );
  });

  it('the room aggregate follows in-place changes', () => {
    const owned = cloneForOwnership(
      revealWith('story', {
        p1: { kind: 'open', text: 'One', share: true },
        p2: { kind: 'open', text: 'Two', share: true },
        p3: { kind: 'open', text: 'Three', share: true },
      }),
    );
    const ref = owned.participants.p1!.answers.story!.ref;
    expect(buildParticipantView(owned, 'p1', 0).aggregate).toMatchObject({ texts: [] });
    expect(
      applySessionAction(owned, { type: 'moderate', stepId: 'story', ref, decision: 'approved' }),
    ).toBeNull();
    expect(buildParticipantView(owned, 'p1', 0).aggregate).toMatchObject({ texts: ['One'] });
  });

  it('cloneForOwnership leaves the original alone when the clone changes', () => {
    const original = apply(newSession(), { type: 'join', participantId: 'p1' });
    const owned = cloneForOwnership(original);
    applySessionAction(owned, { type: 'join', participantId: 'p2' });
    applySessionAction(owned, { type: 'start' });
    expect(Object.keys(original.participants)).toEqual(['p1']);
    expect(original.status).toBe('lobby');
  });
});
