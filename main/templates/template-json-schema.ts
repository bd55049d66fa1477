import { z } from 'zod';
import { templateSchema } from '../../shared/template/template-schema.js';

export const SCHEMA_FILE_NAME = 'circlework-template.schema.json';

/** Hover help in editors; keyed by field name because the same name means the same thing everywhere. */
const fieldHelp: Record<string, string> = {
  id: 'Stable key: lowercase letters, digits and dashes. Answers and exports refer to it.',
  title: 'Short title shown to participants.',
  summary: 'What the workshop is about, for the library and the handout.',
  audience: 'Who the workshop is for.',
  minutes: 'Suggested duration in minutes.',
  language: 'Language tag such as "en" or "de-CH".',
  contentNotes: 'Notes shown before the workshop about topics that may be hard.',
  contentNote: 'Shown to participants before this step (for sensitive topics).',
  agreement: 'Group agreement: confidentiality and its limits, the right to pass.',
  credits: 'Where the ideas come from.',
  steps: 'The workshop, step by step.',
  kind: 'Step kind: info, timer, scale, choice, sort, words, open, rank, slider or worksheet.',
  facilitatorNotes: 'For the counselor only: shown on the console and in the facilitator guide.',
  body: 'Text shown to participants (info step).',
  prompt: 'The question or instruction participants see.',
  seconds: 'Countdown length in seconds.',
  optional: 'The counselor may skip this step.',
  labels: 'Five answer labels, from 1 to 5.',
  themes: 'Groups of statements; each has a private reflection prompt.',
  reflection: 'Private reflection shown next to where the participant’s own answers lean.',
  statements: 'Statements to rate. Write your own; never copy a published questionnaire.',
  multiple: 'Allow more than one option.',
  options: 'Answer options.',
  correct: 'Ids of the correct options (quiz). Leave out for an opinion question.',
  explanation: 'Shown after the reveal: why, in a kind tone.',
  categories: 'Between two and four groups to sort items into.',
  items: 'Items to sort or rank.',
  category: 'Answer key: the id of the category this item belongs to.',
  maxWords: 'How many words each person may give (1–5).',
  maxLength: 'Maximum characters of a free-text answer.',
  min: 'Lowest value of the slider.',
  max: 'Highest value of the slider.',
  step: 'Slider step size.',
  minLabel: 'Label at the low end of the slider.',
  maxLabel: 'Label at the high end of the slider.',
  fields: 'Private fields only the participant sees.',
  label: 'Text shown to participants.',
  hint: 'A short example or nudge shown in the empty field.',
  lines: 'How many lines to print for this field on paper.',
  image:
    'Optional PNG or JPEG (max 2 MB) in this folder or below it, e.g. images/circles.png (info step).',
  imageAlt: 'What the image shows, for people who cannot see it. Required with image.',
  translations:
    'The texts in other languages (es, de, ar), for phones set to them and for a guide printed in them (facilitator notes too). Keyed by language, then like the workshop: steps by id, options, items, themes, statements and fields by id.',
  needsReview: 'True while no native speaker has checked this translation; the library says so.',
  source:
    'Fingerprint of the text this translates; templates:check prints the current one and flags a changed source as stale.',
  text: 'Text shown to participants: a statement to rate, or a translated text.',
};

/**
 * The JSON Schema shipped beside the workshops, generated from the same zod schema the app
 * validates with. It describes the file as written (defaults optional) and refuses unknown
 * fields, so an editor flags a typo the moment it is typed.
 */
export function buildTemplateJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(templateSchema, {
    io: 'input',
    target: 'draft-7',
    override: (ctx) => {
      const json = ctx.jsonSchema as Record<string, unknown>;
      const properties = json.properties as Record<string, Record<string, unknown>> | undefined;
      if (json.type !== 'object' || !properties) return;
      json.additionalProperties = false;
      for (const [name, property] of Object.entries(properties)) {
        const help = fieldHelp[name];
        if (help && property.description === undefined) property.description = help;
      }
    },
  }) as Record<string, unknown>;
  const properties = schema.properties as Record<string, unknown>;
  return {
    ...schema,
    title: 'Circlework workshop',
    description: 'One workshop for Circlework. Validate with `npm run templates:check`.',
    properties: { $schema: { type: 'string' }, ...properties },
  };
}

export function templateJsonSchemaText(): string {
  return `${JSON.stringify(buildTemplateJsonSchema(), null, 2)}\n`;
}
