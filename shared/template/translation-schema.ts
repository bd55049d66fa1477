import { z } from 'zod';
import { idSchema } from './step-schema.js';

/** What source-tag.ts makes (kept here, so the schema does not load the hash function). */
export const SOURCE_TAG_SHAPE = /^[a-p]{8}$/;

/**
 * One translated text and the fingerprint of the source text it translates (source-tag.ts):
 * when the source changes, the fingerprints differ and `templates:check` calls it stale.
 */
export const translatedTextSchema = z
  .strictObject({
    source: z
      .string()
      .regex(
        SOURCE_TAG_SHAPE,
        'the fingerprint of the source text: 8 letters a–p (templates:check prints it)',
      ),
    text: z.string().trim().min(1).max(6000),
  })
  // Named, so the JSON schema for editors writes it once and refers to it at every text.
  .meta({ id: 'translatedText' });

const text = translatedTextSchema.optional();
const byId = <T extends z.ZodType>(entry: T) => z.record(idSchema, entry).optional();

/**
 * A step's translations, keyed like the step itself: fields by name, options, categories,
 * items, themes, statements and worksheet fields by their id (never by position, which an
 * edit may change), the scale's five labels in order.
 */
export const stepTranslationSchema = z.strictObject({
  title: text,
  /** The counselor's notes, for a guide printed in the counselor's language. */
  facilitatorNotes: text,
  contentNote: text,
  body: text,
  imageAlt: text,
  prompt: text,
  explanation: text,
  minLabel: text,
  maxLabel: text,
  labels: z.array(translatedTextSchema).max(5).optional(),
  options: byId(z.strictObject({ label: text })),
  categories: byId(z.strictObject({ label: text })),
  items: byId(z.strictObject({ label: text, explanation: text })),
  themes: byId(
    z.strictObject({
      title: text,
      reflection: text,
      statements: byId(z.strictObject({ text })),
    }),
  ),
  fields: byId(z.strictObject({ label: text, hint: text })),
});

/** All of a workshop's texts in one language. */
export const languageTranslationSchema = z.strictObject({
  /**
   * True for a translation nobody fluent has checked yet: the library and the session setup
   * tell the counselor to have a native speaker review it before use.
   */
  needsReview: z.boolean().default(false),
  title: text,
  summary: text,
  audience: text,
  agreement: text,
  contentNotes: z.array(translatedTextSchema).max(40).optional(),
  credits: z.array(translatedTextSchema).max(40).optional(),
  steps: z.record(idSchema, stepTranslationSchema).optional(),
});

/** Keyed by language tag (workshop-languages.ts; the template schema checks the keys). */
export const translationsSchema = z.record(z.string(), languageTranslationSchema);

export type TranslatedText = z.infer<typeof translatedTextSchema>;
export type LanguageTranslation = z.infer<typeof languageTranslationSchema>;
export type Translations = z.infer<typeof translationsSchema>;
