import { describe, expect, it } from 'vitest';
import {
  buildConsoleView,
  buildParticipantView,
  buildProjectorView,
  publicStep,
} from '../../shared/protocol/build-views.js';
import type { SessionState } from '../../shared/session/session-types.js';
import {
  answerAction,
  apply,
  fixtureTemplate,
  joinAll,
  newSession,
  openOn,
  revealWith,
  stepIndex,
} from './shared-fixture.js';

const JOIN = 'http://192.168.1.20:8080/?code=ABC234';
const NOW = 1_700_000_100_000;
const step = (id: string) => fixtureTemplate.steps[stepIndex[id]!]!;

describe('publicStep redaction', () => {
  it('never carries facilitator notes', () => {
    for (const s of fixtureTemplate.steps) {
      for (const phase of ['pending', 'open', 'closed', 'revealed'] as const) {
        expect(publicStep(s, phase)).not.toHaveProperty('facilitatorNotes');
      }
    }
  });

  it('hides the choice answer key until revealed', () => {
    for (const phase of ['pending', 'open', 'closed'] as const) {
      const shown = publicStep(step('quiz'), phase);
      expect(shown).not.toHaveProperty('correct');
      expect(shown).not.toHaveProperty('explanation');
    }
    expect(publicStep(step('quiz'), 'revealed')).toMatchObject({
      correct: ['b'],
      explanation: 'Interdependence is mutual.',
    });
  });

  it('hides sort categories per item and explanations until revealed', () => {
    const closed = publicStep(step('traits'), 'closed');
    expect(closed.kind).toBe('sort');
    if (closed.kind !== 'sort') return;
    for (const item of closed.items) {
      expect(item).not.toHaveProperty('category');
      expect(item).not.toHaveProperty('explanation');
    }
    expect(closed.categories).toHaveLength(2);
    const revealed = publicStep(step('traits'), 'revealed');
    if (revealed.kind !== 'sort') return;
    expect(revealed.items[0]).toMatchObject({ category: 'co' });
  });

  it('does not modify the template step', () => {
    publicStep(step('quiz'), 'open');
    expect(step('quiz')).toHaveProperty('facilitatorNotes', 'The answer is b.');
  });
});

describe('buildParticipantView', () => {
  it('in the lobby: the agreement and support, no step yet', () => {
    const state = apply(newSession(), { type: 'join', participantId: 'p1', nickname: 'Ana' });
    const view = buildParticipantView(state, 'p1', NOW);
    expect(view).toMatchObject({
      status: 'lobby',
      agreement: 'Be kind.',
      support: 'Call the counselor: 555-0100',
      nickname: 'Ana',
      removed: false,
      stepCount: fixtureTemplate.steps.length,
      pauseOn: false,
      takeawayAvailable: false,
    });
    expect(view.step).toBeUndefined();
  });

  it('shows the participant their own answer, worksheet included', () => {
    let state = openOn('plan', ['p1', 'p2']);
    state = apply(
      state,
      answerAction('p1', 'plan', { kind: 'worksheet', fields: { boundary: 'No calls after 9' } }),
    );
    expect(buildParticipantView(state, 'p1', NOW).myAnswer).toEqual({
      kind: 'worksheet',
      fields: { boundary: 'No calls after 9' },
    });
    expect(buildParticipantView(state, 'p2', NOW).myAnswer).toBeUndefined();
  });

  it('no aggregate before reveal; the room aggregate after reveal', () => {
    const answers = {
      p1: { kind: 'choice', optionIds: ['a'] },
      p2: { kind: 'choice', optionIds: ['b'] },
      p3: { kind: 'choice', optionIds: ['b'] },
    } as const;
    let state = openOn('quiz', Object.keys(answers));
    for (const [id, answer] of Object.entries(answers)) {
      state = apply(
        state,
        answerAction(id, 'quiz', { ...answer, optionIds: [...answer.optionIds] }),
      );
    }
    expect(buildParticipantView(state, 'p1', NOW).aggregate).toBeUndefined();
    state = apply(state, { type: 'close' });
    expect(buildParticipantView(state, 'p1', NOW).aggregate).toBeUndefined();
    state = apply(state, { type: 'reveal' });
    expect(buildParticipantView(state, 'p1', NOW).aggregate).toMatchObject({
      kind: 'choice',
      respondents: 3,
    });
  });

  it('a group of 6 sees results coarsened like the report: no bar of 1 or 2, no mean', () => {
    const picks = ['b', 'b', 'b', 'b', 'a', 'c'];
    const quiz = revealWith(
      'quiz',
      Object.fromEntries(picks.map((id, i) => [`p${i}`, { kind: 'choice', optionIds: [id] }])),
    );
    const room = {
      kind: 'choice',
      respondents: 6,
      counts: [{ key: 'a+b+c', count: 6, members: ['a', 'b', 'c'] }],
      correct: ['b'],
      mostChose: ['b'],
    };
    expect(buildParticipantView(quiz, 'p0', NOW).aggregate).toEqual(room);
    expect(buildProjectorView(quiz, JOIN, NOW).aggregate).toEqual(room);
    // The counselor's own chart still adds up answer by answer.
    expect(buildConsoleView(quiz, JOIN, NOW).liveAggregate).toMatchObject({
      counts: [
        { key: 'a', count: 1 },
        { key: 'b', count: 4 },
        { key: 'c', count: 1 },
      ],
    });
    const energy = revealWith(
      'energy',
      Object.fromEntries(
        [0, 2, 5, 7, 8, 10].map((value, i) => [`p${i}`, { kind: 'slider', value }]),
      ),
    );
    const slider = buildProjectorView(energy, JOIN, NOW).aggregate;
    expect(slider).toMatchObject({ kind: 'slider', mean: null, median: null });
    if (slider?.kind !== 'slider') return;
    for (const cell of slider.distribution) expect([1, 2]).not.toContain(cell.count);
  });

  it('below k_live the room sees a suppressed note', () => {
    const state = revealWith('quiz', {
      p1: { kind: 'choice', optionIds: ['a'] },
      p2: { kind: 'choice', optionIds: ['b'] },
    });
    expect(buildParticipantView(state, 'p1', NOW).aggregate).toEqual({
      kind: 'suppressed',
      respondents: 2,
      k: 3,
    });
  });

  it('myShareShown turns true once the approved text is revealed', () => {
    let state = openOn('story', ['p1']);
    state = apply(state, {
      type: 'answer',
      participantId: 'p1',
      stepId: 'story',
      answer: { kind: 'open', text: 'Mine', share: true },
      ref: 'r1',
    });
    expect(buildParticipantView(state, 'p1', NOW).myShareShown).toBe(false);
    state = apply(
      state,
      { type: 'close' },
      { type: 'moderate', stepId: 'story', ref: 'r1', decision: 'approved' },
    );
    expect(buildParticipantView(state, 'p1', NOW).myShareShown).toBe(false);
    state = apply(state, { type: 'reveal' });
    expect(buildParticipantView(state, 'p1', NOW).myShareShown).toBe(true);
  });

  it('a removed participant sees no step', () => {
    const state = apply(openOn('quiz', ['p1']), { type: 'remove', participantId: 'p1' });
    const view = buildParticipantView(state, 'p1', NOW);
    expect(view.removed).toBe(true);
    expect(view.step).toBeUndefined();
  });

  it('pauseOn, timer and takeaway', () => {
    let state = apply(
      newSession(),
      { type: 'join', participantId: 'p1' },
      { type: 'start' },
      { type: 'goto', index: stepIndex.breathe! },
      { type: 'pause', participantId: 'p1', on: true },
      { type: 'timer', command: 'start', now: NOW - 10_000 },
    );
    const view = buildParticipantView(state, 'p1', NOW);
    expect(view.pauseOn).toBe(true);
    expect(view.timer).toMatchObject({ remainingMs: 50_000, serverNow: NOW, runningSince: NOW });
    state = apply(state, { type: 'end', now: NOW });
    expect(buildParticipantView(state, 'p1', NOW).takeawayAvailable).toBe(true);
  });
});

function sessionWithEverything(): SessionState {
  let state = openOn('plan', ['p1', 'p2', 'p3', 'p4']);
  state = apply(
    state,
    answerAction('p1', 'plan', { kind: 'worksheet', fields: { boundary: 'SECRET-PLAN' } }),
    answerAction('p2', 'plan', { kind: 'pass' }),
    { type: 'remove', participantId: 'p4' },
  );
  return state;
}

describe('buildConsoleView', () => {
  it('counts answers among participants still in the room, a pass as no answer', () => {
    let state = openOn('quiz', ['p1', 'p2', 'p3', 'p4']);
    state = apply(
      state,
      answerAction('p1', 'quiz', { kind: 'choice', optionIds: ['a'] }),
      answerAction('p2', 'quiz', { kind: 'pass' }),
      answerAction('p4', 'quiz', { kind: 'choice', optionIds: ['b'] }),
      { type: 'remove', participantId: 'p4' },
    );
    const view = buildConsoleView(state, JOIN, NOW);
    expect(view.joined).toBe(3);
    // p2's pass is not an answer: "answered" beside a chart's respondents would give it away.
    expect(view.answered).toBe(1);
    expect(view).not.toHaveProperty('passed');
    // Below k_live the console sees counts only, never a distribution (DESIGN.md §4.8).
    expect(view.liveAggregate).toMatchObject({ kind: 'suppressed' });
    expect(view.roomAggregate).toBeUndefined();
    expect(view.joinUrl).toBe(JOIN);
  });

  it('leaves the workshop out: the console holds it from the session’s own message', () => {
    const view = buildConsoleView(openOn('quiz', ['p1']), JOIN, NOW);
    expect(view).not.toHaveProperty('template');
    expect(JSON.stringify(view)).not.toContain(fixtureTemplate.steps[0]!.title);
  });

  it('shows the console the live distribution once k_live people answered', () => {
    let state = openOn('quiz', ['p1', 'p2', 'p3', 'p4'], newSession({ namesEnabled: false }));
    state = apply(
      state,
      answerAction('p1', 'quiz', { kind: 'choice', optionIds: ['a'] }),
      answerAction('p2', 'quiz', { kind: 'choice', optionIds: ['b'] }),
    );
    expect(buildConsoleView(state, JOIN, NOW).liveAggregate?.kind).toBe('suppressed');
    state = apply(state, answerAction('p3', 'quiz', { kind: 'choice', optionIds: ['a'] }));
    expect(buildConsoleView(state, JOIN, NOW).liveAggregate).toMatchObject({
      kind: 'choice',
      respondents: 3,
    });
  });

  it('with names on, the live split waits until responses are closed', () => {
    let state = openOn('quiz', ['p1', 'p2', 'p3', 'p4', 'p5'], newSession({ namesEnabled: true }));
    state = apply(
      state,
      answerAction('p1', 'quiz', { kind: 'choice', optionIds: ['a'] }),
      answerAction('p2', 'quiz', { kind: 'choice', optionIds: ['b'] }),
      answerAction('p3', 'quiz', { kind: 'choice', optionIds: ['a'] }),
      answerAction('p4', 'quiz', { kind: 'choice', optionIds: ['a'] }),
    );
    const open = buildConsoleView(state, JOIN, NOW);
    expect(open.answered).toBe(4);
    expect(open.liveAggregate).toEqual({
      kind: 'suppressed',
      respondents: 4,
      k: 3,
      until: 'closed',
    });
    expect(JSON.stringify(open.liveAggregate)).not.toMatch(/"a"|"b"/);
    const closed = buildConsoleView(apply(state, { type: 'close' }), JOIN, NOW);
    expect(closed.liveAggregate).toMatchObject({ kind: 'choice', respondents: 4 });
    const reopened = buildConsoleView(apply(state, { type: 'close' }, { type: 'open' }), JOIN, NOW);
    expect(reopened.liveAggregate).toMatchObject({ kind: 'suppressed', until: 'closed' });
  });

  it('never contains worksheet answers', () => {
    const state = sessionWithEverything();
    const view = buildConsoleView(state, JOIN, NOW);
    expect(JSON.stringify(view)).not.toContain('SECRET-PLAN');
    expect(view.liveAggregate).toBeUndefined();
    expect(view.answered).toBe(1);
    const revealed = apply(state, { type: 'close' }, { type: 'reveal' });
    const after = buildConsoleView(revealed, JOIN, NOW);
    expect(JSON.stringify(after)).not.toContain('SECRET-PLAN');
    expect(after.roomAggregate).toBeUndefined();
  });

  it('moderation lists opted-in texts by ref only, without ids or names', () => {
    let state = openOn('story', ['p1', 'p2', 'p3']);
    state = apply(
      state,
      { type: 'join', participantId: 'p1', nickname: 'Ana' },
      {
        type: 'answer',
        participantId: 'p1',
        stepId: 'story',
        answer: { kind: 'open', text: 'Shared text', share: true },
        ref: 'r1',
      },
      {
        type: 'answer',
        participantId: 'p2',
        stepId: 'story',
        answer: { kind: 'open', text: 'Private text', share: false },
        ref: 'r2',
      },
      {
        type: 'answer',
        participantId: 'p3',
        stepId: 'story',
        answer: { kind: 'open', text: 'Also shared', share: true },
        ref: 'r3',
      },
      { type: 'moderate', stepId: 'story', ref: 'r3', decision: 'hidden' },
    );
    const view = buildConsoleView(state, JOIN, NOW);
    expect(view.moderation).toHaveLength(2);
    expect(view.moderation).toEqual(
      expect.arrayContaining([
        { ref: 'r1', text: 'Shared text' },
        { ref: 'r3', text: 'Also shared', decision: 'hidden' },
      ]),
    );
    expect(JSON.stringify(view.moderation)).not.toMatch(/p1|p2|p3|Ana|Private/);
  });

  it('lists people only when names are enabled, and counts pauses', () => {
    const named = apply(
      newSession(),
      { type: 'join', participantId: 'p1', nickname: 'Ana' },
      { type: 'join', participantId: 'p2' },
      { type: 'pause', participantId: 'p2', on: true },
    );
    const view = buildConsoleView(named, JOIN, NOW);
    expect(view.people).toEqual(
      expect.arrayContaining([{ id: 'p1', nickname: 'Ana' }, { id: 'p2' }]),
    );
    expect(view.pauseCount).toBe(1);
    const unnamed = apply(newSession({ namesEnabled: false }), {
      type: 'join',
      participantId: 'p1',
    });
    expect(buildConsoleView(unnamed, JOIN, NOW).people).toEqual([]);
  });
});

describe('buildProjectorView', () => {
  it('shows no names, participant ids or private text', () => {
    let state = apply(newSession(), {
      type: 'join',
      participantId: 'participant-xyz',
      nickname: 'Zelda',
    });
    state = apply(
      state,
      { type: 'start' },
      { type: 'goto', index: stepIndex.story! },
      { type: 'open' },
    );
    state = apply(state, {
      type: 'answer',
      participantId: 'participant-xyz',
      stepId: 'story',
      answer: { kind: 'open', text: 'Unapproved words', share: true },
      ref: 'ref-xyz',
    });
    for (const s of [state, apply(state, { type: 'close' }, { type: 'reveal' })]) {
      const json = JSON.stringify(buildProjectorView(s, JOIN, NOW));
      expect(json).not.toMatch(/participant-xyz|Zelda|Unapproved|ref-xyz/);
    }
  });

  it('no answer key or notes before reveal, and no aggregate before reveal', () => {
    let state = openOn('quiz', ['p1', 'p2', 'p3']);
    state = apply(
      state,
      answerAction('p1', 'quiz', { kind: 'choice', optionIds: ['b'] }),
      answerAction('p2', 'quiz', { kind: 'choice', optionIds: ['b'] }),
      answerAction('p3', 'quiz', { kind: 'choice', optionIds: ['a'] }),
    );
    const open = buildProjectorView(state, JOIN, NOW);
    expect(open.answered).toBe(3);
    // A pass is not an answer: the count must not drop below it when the chart is revealed.
    const withPass = apply(joinAll(state, ['p4']), answerAction('p4', 'quiz', { kind: 'pass' }));
    expect(buildProjectorView(withPass, JOIN, NOW).answered).toBe(3);
    expect(open.aggregate).toBeUndefined();
    expect(open.step).not.toHaveProperty('correct');
    expect(JSON.stringify(open)).not.toContain('The answer is b.');
    const revealed = buildProjectorView(
      apply(state, { type: 'close' }, { type: 'reveal' }),
      JOIN,
      NOW,
    );
    expect(revealed.aggregate).toMatchObject({ kind: 'choice', respondents: 3 });
    expect(revealed.step).toHaveProperty('correct', ['b']);
    expect(JSON.stringify(revealed)).not.toContain('The answer is b.');
  });

  it('never shows a worksheet, even revealed', () => {
    const state = apply(sessionWithEverything(), { type: 'close' }, { type: 'reveal' });
    const view = buildProjectorView(state, JOIN, NOW);
    expect(view.aggregate).toBeUndefined();
    expect(JSON.stringify(view)).not.toContain('SECRET-PLAN');
  });
});
