/**
 * The bench's workshop: one info step and 15 exercises of every kind, so the results PDF has
 * real work to do. Written to the host through `library:import` as YAML.
 */
import { stringify } from 'yaml';
import type { TemplateInput } from '../../shared/template/template-schema.js';

type StepInput = TemplateInput['steps'][number];

const labels = ['Not at all', 'A little', 'Somewhat', 'Mostly', 'Completely'];
const options = ['often', 'sometimes', 'rarely', 'never'].map((id) => ({
  id,
  label: `I ${id} do`,
}));

function exercise(n: number): StepInput {
  const base = { id: `ex-${n}`, title: `Exercise ${n}`, minutes: 3 };
  switch (n % 8) {
    case 0:
      return {
        ...base,
        kind: 'scale',
        prompt: 'How true is each statement for you?',
        labels,
        themes: ['closeness', 'space', 'voice'].map((theme) => ({
          id: theme,
          title: `Theme ${theme}`,
          reflection: `Notice where your answers about ${theme} lean.`,
          statements: [1, 2, 3].map((s) => ({
            id: `${theme}-${s}`,
            text: `Statement ${s} on ${theme}.`,
          })),
        })),
      };
    case 1:
      return { ...base, kind: 'choice', prompt: 'How often do you say no?', options };
    case 2:
      return {
        ...base,
        kind: 'sort',
        prompt: 'Place each habit.',
        categories: [
          { id: 'inter', label: 'Interdependent' },
          { id: 'co', label: 'Codependent' },
        ],
        items: [1, 2, 3, 4, 5, 6].map((i) => ({
          id: `habit-${i}`,
          label: `Habit ${i}`,
          category: i % 2 ? 'inter' : 'co',
          explanation: `Why habit ${i} fits where it does.`,
        })),
      };
    case 3:
      return { ...base, kind: 'words', prompt: 'A few words for a good boundary.', maxWords: 3 };
    case 4:
      return { ...base, kind: 'open', prompt: 'What helps you ask for help?', maxLength: 500 };
    case 5:
      return {
        ...base,
        kind: 'rank',
        prompt: 'Order these by importance.',
        items: ['trust', 'time', 'honesty', 'space', 'fun'].map((id) => ({ id, label: id })),
      };
    case 6:
      return {
        ...base,
        kind: 'slider',
        prompt: 'How rested do you feel?',
        min: 0,
        max: 10,
        step: 1,
        minLabel: 'Exhausted',
        maxLabel: 'Rested',
      };
    default:
      return {
        ...base,
        kind: 'choice',
        prompt: 'Which of these do you recognise?',
        multiple: true,
        options,
        correct: ['often'],
      };
  }
}

export const EXERCISE_COUNT = 15;
/** The step the live bench opens: exercise 1, a single choice. */
export const LIVE_STEP_INDEX = 1;
export const LIVE_STEP_ID = 'ex-1';
export const LIVE_OPTION_IDS = options.map((o) => o.id);

export const benchTemplate: TemplateInput = {
  id: 'bench-room',
  title: 'Bench room',
  summary: 'A workshop for measuring the host under load.',
  audience: 'The bench',
  minutes: 60,
  language: 'en',
  agreement: 'What is said here stays here. You may pass on any question.',
  steps: [
    { id: 'welcome', kind: 'info', title: 'Welcome', minutes: 1, body: 'Welcome to the bench.' },
    ...Array.from({ length: EXERCISE_COUNT }, (_, i) => exercise(i + 1)),
  ],
};

export const benchTemplateFile = { fileName: 'bench-room.yaml', content: stringify(benchTemplate) };
