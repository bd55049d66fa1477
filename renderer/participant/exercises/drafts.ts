import type { Answer, AnswerOf } from '../../../shared/session/answer-schema.js';
import type { ExerciseKind } from '../../../shared/template/step-schema.js';
import type { PublicExerciseStep } from '../../common/public-step-types.js';

/** What a form holds while the person is still choosing; may not be a valid answer yet. */
export type Draft =
  | AnswerOf<'scale'>
  | AnswerOf<'choice'>
  | AnswerOf<'sort'>
  | AnswerOf<'words'>
  | AnswerOf<'open'>
  | AnswerOf<'rank'>
  | { kind: 'slider'; value: number | null }
  | AnswerOf<'worksheet'>;
export type DraftOf<K extends ExerciseKind> = Extract<Draft, { kind: K }>;

/** The starting draft: the answer already sent (after a reload, too), or an empty form. */
export function initialDraft(step: PublicExerciseStep, sent: Answer | undefined): Draft {
  const mine = sent && sent.kind === step.kind ? sent : undefined;
  switch (step.kind) {
    case 'scale':
      return mine?.kind === 'scale' ? mine : { kind: 'scale', values: {} };
    case 'choice':
      return mine?.kind === 'choice' ? mine : { kind: 'choice', optionIds: [] };
    case 'sort':
      return mine?.kind === 'sort' ? mine : { kind: 'sort', placements: {} };
    case 'words': {
      const words = mine?.kind === 'words' ? mine.words : [];
      return {
        kind: 'words',
        words: Array.from({ length: step.maxWords }, (_, i) => words[i] ?? ''),
      };
    }
    case 'open':
      return mine?.kind === 'open' ? mine : { kind: 'open', text: '', share: false };
    case 'rank':
      return mine?.kind === 'rank' ? mine : { kind: 'rank', order: step.items.map((i) => i.id) };
    case 'slider':
      return mine?.kind === 'slider' ? mine : { kind: 'slider', value: null };
    case 'worksheet':
      return mine?.kind === 'worksheet' ? mine : { kind: 'worksheet', fields: {} };
  }
}

/** The answer to send, or null while the form is not a complete answer yet. */
export function draftToAnswer(draft: Draft): Answer | null {
  switch (draft.kind) {
    case 'scale':
      return Object.keys(draft.values).length > 0 ? draft : null;
    case 'choice':
      return draft.optionIds.length > 0 ? draft : null;
    case 'sort':
      return Object.keys(draft.placements).length > 0 ? draft : null;
    case 'words': {
      const words = draft.words.map((w) => w.trim()).filter((w) => w.length > 0);
      return words.length > 0 ? { kind: 'words', words } : null;
    }
    case 'open': {
      const text = draft.text.trim();
      return text.length > 0 ? { kind: 'open', text, share: draft.share } : null;
    }
    case 'rank':
      return draft;
    case 'slider':
      return draft.value === null ? null : { kind: 'slider', value: draft.value };
    case 'worksheet': {
      const filled = Object.values(draft.fields).some((v) => v.trim().length > 0);
      return filled ? draft : null;
    }
  }
}
