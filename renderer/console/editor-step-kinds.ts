import type { StepKind } from '../../shared/template/step-schema.js';
import type { RoomMessageKey } from '../console-and-projector/i18n/catalogs/en.js';
import { t } from '../console-and-projector/i18n/translate.js';
import type { StepDraft } from './editor-model.js';

/** What each kind of step is called, and what it is in a line, for the "Add a step" menu. */
const KIND_MESSAGES: Record<StepKind, { name: RoomMessageKey; line: RoomMessageKey }> = {
  info: { name: 'editor.kind.info.name', line: 'editor.kind.info.line' },
  timer: { name: 'editor.kind.timer.name', line: 'editor.kind.timer.line' },
  choice: { name: 'editor.kind.choice.name', line: 'editor.kind.choice.line' },
  open: { name: 'editor.kind.open.name', line: 'editor.kind.open.line' },
  scale: { name: 'editor.kind.scale.name', line: 'editor.kind.scale.line' },
  sort: { name: 'editor.kind.sort.name', line: 'editor.kind.sort.line' },
  words: { name: 'editor.kind.words.name', line: 'editor.kind.words.line' },
  rank: { name: 'editor.kind.rank.name', line: 'editor.kind.rank.line' },
  slider: { name: 'editor.kind.slider.name', line: 'editor.kind.slider.line' },
  worksheet: { name: 'editor.kind.worksheet.name', line: 'editor.kind.worksheet.line' },
};

export const stepKindName = (kind: StepKind): string => t(KIND_MESSAGES[kind].name);
export const stepKindLine = (kind: StepKind): string => t(KIND_MESSAGES[kind].line);

/** A new scale's answer labels, in the counselor's language; the counselor may reword them. */
const SCALE_LABELS: RoomMessageKey[] = [
  'editor.scale.label1',
  'editor.scale.label2',
  'editor.scale.label3',
  'editor.scale.label4',
  'editor.scale.label5',
];

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
        labels: SCALE_LABELS.map((key) => t(key)),
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
