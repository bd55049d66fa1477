import type { Step } from './step-schema.js';
import type { Template } from './template-schema.js';

export type TextPath = (string | number)[];

/** One text someone reads (on the phone, the projector or paper), and where it lives. */
export interface SourceText {
  /** Where its translation sits inside one language's translations (step and item ids). */
  key: TextPath;
  /** Where the text sits in the workshop (step and item positions), as in validation errors. */
  at: TextPath;
  text: string;
}

/**
 * Every text of a workshop that is read: what participants see, and the facilitator notes the
 * counselor's guide prints (in the counselor's language where the workshop has it). In file
 * order. The one list both the translation check and the localizer walk, so they cannot
 * disagree about what is a text.
 */
export function sourceTexts(template: Template): SourceText[] {
  const texts: SourceText[] = [];
  const add = (key: TextPath, at: TextPath, text: string | undefined) => {
    if (text !== undefined && text !== '') texts.push({ key, at, text });
  };
  for (const field of ['title', 'summary', 'audience', 'agreement'] as const) {
    add([field], [field], template[field]);
  }
  template.contentNotes.forEach((note, i) => add(['contentNotes', i], ['contentNotes', i], note));
  template.credits.forEach((credit, i) => add(['credits', i], ['credits', i], credit));
  template.steps.forEach((step, index) => {
    const addStepText: AddText = (key, at, text) =>
      add(['steps', step.id, ...key], ['steps', index, ...at], text);
    stepTexts(step, addStepText);
    // Where a step's file lists them: after what the room reads.
    addStepText(['facilitatorNotes'], ['facilitatorNotes'], step.facilitatorNotes);
  });
  return texts;
}

type AddText = (key: TextPath, at: TextPath, text: string | undefined) => void;

function stepTexts(step: Step, add: AddText): void {
  const field = (name: string, text: string | undefined) => add([name], [name], text);
  field('title', step.title);
  field('contentNote', step.contentNote);
  if (step.kind === 'info') {
    field('body', step.body);
    field('imageAlt', step.imageAlt);
    return;
  }
  field('prompt', step.prompt);
  const byId = (list: string, items: readonly { id: string }[], names: readonly string[]) =>
    items.forEach((item, i) => {
      for (const name of names) {
        add(
          [list, item.id, name],
          [list, i, name],
          (item as Record<string, unknown>)[name] as string,
        );
      }
    });
  switch (step.kind) {
    case 'scale':
      step.labels.forEach((label, i) => add(['labels', i], ['labels', i], label));
      step.themes.forEach((theme, t) => {
        add(['themes', theme.id, 'title'], ['themes', t, 'title'], theme.title);
        add(['themes', theme.id, 'reflection'], ['themes', t, 'reflection'], theme.reflection);
        theme.statements.forEach((statement, s) =>
          add(
            ['themes', theme.id, 'statements', statement.id, 'text'],
            ['themes', t, 'statements', s, 'text'],
            statement.text,
          ),
        );
      });
      break;
    case 'choice':
      byId('options', step.options, ['label']);
      field('explanation', step.explanation);
      break;
    case 'sort':
      byId('categories', step.categories, ['label']);
      byId('items', step.items, ['label', 'explanation']);
      break;
    case 'rank':
      byId('items', step.items, ['label']);
      break;
    case 'slider':
      field('minLabel', step.minLabel);
      field('maxLabel', step.maxLabel);
      break;
    case 'worksheet':
      byId('fields', step.fields, ['label', 'hint']);
      break;
    default:
      break;
  }
}
