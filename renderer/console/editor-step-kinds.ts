import type { StepKind } from '../../shared/template/step-schema.js';
import type { StepDraft } from './editor-model.js';

/** What each kind of step is, in a line, for the "Add a step" menu. */
export const STEP_KIND_INFO: Record<StepKind, { name: string; line: string }> = {
  info: { name: 'Information', line: 'A page of text for the room: no answers.' },
  timer: { name: 'Timed activity', line: 'A prompt and a countdown, e.g. for pair talk.' },
  choice: { name: 'Choice', line: 'Pick one or more options; a quiz if some are correct.' },
  open: { name: 'Open answer', line: 'A short written answer, shown anonymously.' },
  scale: { name: 'Self-check scale', line: 'Statements rated 1 to 5, read back privately.' },
  sort: { name: 'Sort into groups', line: 'Place each item in one of 2 to 4 groups.' },
  words: { name: 'Word cloud', line: 'A few words each, shown as a cloud.' },
  rank: { name: 'Ranking', line: 'Put items in order of importance.' },
  slider: { name: 'Slider', line: 'One position on a line between two labels.' },
  worksheet: { name: 'Worksheet', line: 'Several private fields to fill in and keep.' },
};

/** A new step of a kind: the shape in place, the words left for the counselor to write. */
export function newStep(kind: StepKind, id: string): StepDraft {
  const base = { id, kind, title: '', minutes: 5 };
  switch (kind) {
    case 'info':
      return { ...base, body: '' };
    case 'timer':
      return { ...base, prompt: '', seconds: 300 };
    case 'choice':
      return {
        ...base,
        prompt: '',
        options: [
          { id: 'option-1', label: '' },
          { id: 'option-2', label: '' },
        ],
      };
    case 'open':
      return { ...base, prompt: '' };
    case 'words':
      return { ...base, prompt: '' };
    case 'scale':
      return {
        ...base,
        prompt: '',
        labels: ['Not at all', 'A little', 'Somewhat', 'Mostly', 'Very much'],
        themes: [
          { id: 'theme-1', title: '', reflection: '', statements: [{ id: 's-1', text: '' }] },
        ],
      };
    case 'sort':
      return {
        ...base,
        prompt: '',
        categories: [
          { id: 'group-1', label: '' },
          { id: 'group-2', label: '' },
        ],
        items: [
          { id: 'item-1', label: '', category: 'group-1', explanation: '' },
          { id: 'item-2', label: '', category: 'group-2', explanation: '' },
        ],
      };
    case 'rank':
      return {
        ...base,
        prompt: '',
        items: [
          { id: 'item-1', label: '' },
          { id: 'item-2', label: '' },
        ],
      };
    case 'slider':
      return { ...base, prompt: '', minLabel: '', maxLabel: '' };
    case 'worksheet':
      return { ...base, prompt: '', fields: [{ id: 'field-1', label: '' }] };
  }
}
