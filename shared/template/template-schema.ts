import { z } from 'zod';
import { idSchema, stepSchema, type Step } from './step-schema.js';
import { translationsSchema } from './translation-schema.js';
import { isWorkshopLanguage, WORKSHOP_LANGUAGES } from './workshop-languages.js';

/**
 * Strict at every level: a template comes from a file someone typed, so a misspelt field
 * (`facilitatorNote:`) is an error with its path rather than silently dropped.
 */
export const templateSchema = z
  .strictObject({
    id: idSchema,
    title: z.string().trim().min(1).max(120),
    summary: z.string().trim().min(1).max(1000),
    audience: z.string().trim().min(1).max(300),
    minutes: z.number().int().positive().max(600),
    /** BCP 47 language tag, e.g. "en" or "de-CH". */
    language: z
      .string()
      .regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'use a language tag such as "en" or "de-CH"'),
    contentNotes: z.array(z.string().trim().min(1).max(400)).default([]),
    /** Confidentiality and its limits, the right to pass, non-graphic sharing. */
    agreement: z.string().trim().min(1).max(3000),
    credits: z.array(z.string().trim().min(1).max(400)).default([]),
    steps: z.array(stepSchema).min(1).max(60),
    /** The workshop's texts in other languages, for phones set to them (translation-schema.ts). */
    translations: translationsSchema.optional(),
  })
  .superRefine((template, ctx) => {
    for (const tag of Object.keys(template.translations ?? {})) {
      const problem = translationLanguageProblem(tag, template.language);
      if (problem) ctx.addIssue({ code: 'custom', path: ['translations', tag], message: problem });
    }
    const seen = new Set<string>();
    template.steps.forEach((step, index) => {
      if (seen.has(step.id)) {
        ctx.addIssue({
          code: 'custom',
          path: ['steps', index, 'id'],
          message: `duplicate step id "${step.id}"`,
        });
      }
      seen.add(step.id);
      for (const issue of stepConsistencyIssues(step)) {
        ctx.addIssue({
          code: 'custom',
          path: ['steps', index, ...issue.path],
          message: issue.message,
        });
      }
    });
  });

export type Template = z.infer<typeof templateSchema>;
/** What a template file may contain before defaults are applied. */
export type TemplateInput = z.input<typeof templateSchema>;

/** Minutes of the steps the counselor cannot skip: what the announced duration must hold. */
export function plannedMinutes(steps: readonly Pick<Step, 'minutes' | 'optional'>[]): number {
  return steps.reduce((sum, step) => sum + (step.optional ? 0 : step.minutes), 0);
}

/** A translation's key must be a language the phones can ask for, other than the workshop's own. */
function translationLanguageProblem(tag: string, ownLanguage: string): string | null {
  const others = WORKSHOP_LANGUAGES.filter((l) => l !== baseLanguage(ownLanguage)).join(', ');
  if (!isWorkshopLanguage(tag)) {
    return `unknown language "${tag}"; translations can be in: ${others}`;
  }
  if (tag === baseLanguage(ownLanguage)) {
    return `"${tag}" is the workshop's own language (language: ${ownLanguage}); translations can be in: ${others}`;
  }
  return null;
}

/** "de-CH" → "de". */
export function baseLanguage(tag: string): string {
  return tag.toLowerCase().split('-')[0] ?? tag;
}

interface ConsistencyIssue {
  path: (string | number)[];
  message: string;
}

function duplicates(ids: string[]): string[] {
  return ids.filter((id, i) => ids.indexOf(id) !== i);
}

/** Cross-field rules a plain shape check cannot express. */
export function stepConsistencyIssues(step: Step): ConsistencyIssue[] {
  const issues: ConsistencyIssue[] = [];
  const uniqueIds = (ids: string[], field: string) => {
    for (const id of duplicates(ids))
      issues.push({ path: [field], message: `duplicate id "${id}"` });
  };
  switch (step.kind) {
    case 'info':
      if (step.image !== undefined && step.imageAlt === undefined) {
        issues.push({
          path: ['imageAlt'],
          message: 'an image needs imageAlt: a short description for people who cannot see it',
        });
      }
      break;
    case 'choice': {
      const ids = step.options.map((o) => o.id);
      uniqueIds(ids, 'options');
      step.correct?.forEach((id, i) => {
        if (!ids.includes(id))
          issues.push({ path: ['correct', i], message: `unknown option "${id}"` });
      });
      if (!step.multiple && step.correct && step.correct.length > 1) {
        issues.push({
          path: ['correct'],
          message: 'a single-choice question has one correct option',
        });
      }
      break;
    }
    case 'sort': {
      const categoryIds = step.categories.map((c) => c.id);
      uniqueIds(categoryIds, 'categories');
      uniqueIds(
        step.items.map((i) => i.id),
        'items',
      );
      step.items.forEach((item, i) => {
        if (!categoryIds.includes(item.category)) {
          issues.push({
            path: ['items', i, 'category'],
            message: `unknown category "${item.category}"`,
          });
        }
      });
      break;
    }
    case 'scale': {
      uniqueIds(
        step.themes.map((t) => t.id),
        'themes',
      );
      uniqueIds(
        step.themes.flatMap((t) => t.statements.map((s) => s.id)),
        'themes',
      );
      break;
    }
    case 'rank':
      uniqueIds(
        step.items.map((i) => i.id),
        'items',
      );
      break;
    case 'slider':
      if (step.min >= step.max)
        issues.push({ path: ['max'], message: 'max must be greater than min' });
      break;
    case 'worksheet':
      uniqueIds(
        step.fields.map((f) => f.id),
        'fields',
      );
      break;
    default:
      break;
  }
  return issues;
}
