import { createSession } from '../../shared/session/create-session.js';
import { reduceSession } from '../../shared/session/reduce-session.js';
import type { Answer } from '../../shared/session/answer-schema.js';
import type {
  SessionAction,
  SessionSettings,
  SessionState,
} from '../../shared/session/session-types.js';
import { templateSchema, type TemplateInput } from '../../shared/template/template-schema.js';

/** A workshop with one step of every kind, in the order info, timer, then the exercises. */
export const fixtureInput: TemplateInput = {
  id: 'fixture',
  title: 'Fixture workshop',
  summary: 'Every step kind once.',
  audience: 'Tests',
  minutes: 60,
  language: 'en',
  agreement: 'What is said here stays here. You may pass on any question.',
  steps: [
    {
      id: 'welcome',
      kind: 'info',
      title: 'Welcome',
      minutes: 2,
      body: 'Hello.',
      facilitatorNotes: 'Smile.',
    },
    {
      id: 'breathe',
      kind: 'timer',
      title: 'Breathe',
      minutes: 1,
      prompt: 'Breathe slowly.',
      seconds: 60,
    },
    {
      id: 'lean',
      kind: 'scale',
      title: 'Where do you lean?',
      minutes: 5,
      prompt: 'Rate each statement.',
      labels: ['Not at all', 'A little', 'Somewhat', 'Mostly', 'Very much'],
      themes: [
        {
          id: 'giving',
          title: 'Giving',
          reflection: 'Notice when giving feels free and when it feels owed.',
          statements: [
            { id: 'g1', text: 'I say yes when I mean no.' },
            { id: 'g2', text: 'I feel responsible for how others feel.' },
          ],
        },
        {
          id: 'self',
          title: 'Self',
          reflection: 'What do you need this week?',
          statements: [{ id: 's1', text: 'I know what I need.' }],
        },
      ],
    },
    {
      id: 'quiz',
      kind: 'choice',
      title: 'Quiz',
      minutes: 3,
      prompt: 'Which is a sign of interdependence?',
      facilitatorNotes: 'The answer is b.',
      options: [
        { id: 'a', label: 'Never saying no' },
        { id: 'b', label: 'Asking for help and giving it' },
        { id: 'c', label: 'Keeping score' },
      ],
      correct: ['b'],
      explanation: 'Interdependence is mutual.',
    },
    {
      id: 'traits',
      kind: 'sort',
      title: 'Sort the traits',
      minutes: 5,
      prompt: 'Place each trait.',
      categories: [
        { id: 'co', label: 'Codependent' },
        { id: 'inter', label: 'Interdependent' },
      ],
      items: [
        {
          id: 't1',
          label: 'Needs to be needed',
          category: 'co',
          explanation: 'Worth tied to being needed.',
        },
        {
          id: 't2',
          label: 'Shares feelings openly',
          category: 'inter',
          explanation: 'Mutual openness.',
        },
      ],
    },
    {
      id: 'cloud',
      kind: 'words',
      title: 'One word',
      minutes: 2,
      prompt: 'Support means…',
      maxWords: 3,
    },
    {
      id: 'story',
      kind: 'open',
      title: 'Your story',
      minutes: 5,
      prompt: 'A moment you said no.',
      maxLength: 200,
    },
    {
      id: 'values',
      kind: 'rank',
      title: 'What matters',
      minutes: 3,
      prompt: 'Order by importance.',
      items: [
        { id: 'trust', label: 'Trust' },
        { id: 'space', label: 'Space' },
        { id: 'care', label: 'Care' },
      ],
    },
    {
      id: 'energy',
      kind: 'slider',
      title: 'Energy',
      minutes: 1,
      prompt: 'How much energy do you have?',
      min: 0,
      max: 10,
      step: 1,
      minLabel: 'None',
      maxLabel: 'Plenty',
    },
    {
      id: 'plan',
      kind: 'worksheet',
      title: 'My plan',
      minutes: 5,
      prompt: 'Write your plan.',
      fields: [
        { id: 'boundary', label: 'A boundary I will set' },
        { id: 'support', label: 'Who can support me' },
      ],
    },
  ],
};

export const fixtureTemplate = templateSchema.parse(fixtureInput);

export const stepIndex = Object.fromEntries(fixtureTemplate.steps.map((s, i) => [s.id, i]));

export const settings: SessionSettings = {
  namesEnabled: true,
  kLive: 3,
  kExport: 5,
  agreement: 'Be kind.',
  support: 'Call the counselor: 555-0100',
  retentionDays: 30,
};

export function newSession(overrides: Partial<SessionSettings> = {}): SessionState {
  return createSession(
    fixtureTemplate,
    { ...settings, ...overrides },
    {
      id: 'session-1',
      roomCode: 'ABC234',
      now: 1_700_000_000_000,
    },
  );
}

/** Applies actions that must all succeed; a refused one fails the test with its message. */
export function apply(state: SessionState, ...actions: SessionAction[]): SessionState {
  return actions.reduce((current, action) => {
    const result = reduceSession(current, action);
    if (!result.ok) {
      throw new Error(`${action.type} refused: ${result.error.code} ${result.error.message}`);
    }
    return result.state;
  }, state);
}

let refCounter = 0;
export function answerAction(participantId: string, stepId: string, answer: Answer): SessionAction {
  refCounter += 1;
  return { type: 'answer', participantId, stepId, answer, ref: `ref-${refCounter}` };
}

export function joinAll(state: SessionState, ids: string[]): SessionState {
  return apply(state, ...ids.map((participantId) => ({ type: 'join' as const, participantId })));
}

/** A running session on `stepId` with responses open and the given participants joined. */
export function openOn(
  stepId: string,
  participantIds: string[],
  base = newSession(),
): SessionState {
  const joined = joinAll(base, participantIds);
  return apply(
    joined,
    { type: 'start' },
    { type: 'goto', index: stepIndex[stepId] ?? -1 },
    { type: 'open' },
  );
}

/** Everyone answers, then the step is closed and revealed. */
export function revealWith(
  stepId: string,
  answers: Record<string, Answer>,
  base = newSession(),
): SessionState {
  const ids = Object.keys(answers);
  let state = openOn(stepId, ids, base);
  for (const id of ids) state = apply(state, answerAction(id, stepId, answers[id] as Answer));
  return apply(state, { type: 'close' }, { type: 'reveal' });
}

export function exerciseStep<K extends string>(id: K) {
  const step = fixtureTemplate.steps.find((s) => s.id === id);
  if (!step || step.kind === 'info' || step.kind === 'timer') throw new Error(`no exercise ${id}`);
  return step;
}
