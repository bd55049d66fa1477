import { sourceTag } from './source-tag.js';
import type { Template } from './template-schema.js';
import { sourceTexts, type TextPath } from './translatable-texts.js';
import type { TranslatedText } from './translation-schema.js';
import { isWorkshopLanguage, LANGUAGE_NAMES } from './workshop-languages.js';

export type TranslationProblemKind = 'missing' | 'stale' | 'unused';

/**
 * A translation that will not be shown as written. Never an error: the phone falls back to the
 * workshop's own text for that field, so the workshop still runs; `templates:check` lists them.
 */
export interface TranslationWarning {
  kind: TranslationProblemKind;
  language: string;
  /** Where to look in the file: the source field (missing) or the translation (stale, unused). */
  at: TextPath;
  message: string;
}

export function isTranslatedText(value: unknown): value is TranslatedText {
  if (value === null || typeof value !== 'object') return false;
  const { source, text } = value as Record<string, unknown>;
  return typeof source === 'string' && typeof text === 'string';
}

/** The translated text at `key` in one language's translations, if there is one. */
export function translationAt(tree: unknown, key: TextPath): TranslatedText | undefined {
  let node: unknown = tree;
  for (const segment of key) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string | number, unknown>)[segment];
  }
  return isTranslatedText(node) ? node : undefined;
}

/** `['steps', 'welcome', 'labels', 2]` → `steps.welcome.labels[2]`. */
export function formatTextPath(path: TextPath): string {
  return path.reduce<string>((text, segment) => {
    if (typeof segment === 'number') return `${text}[${segment}]`;
    return text === '' ? segment : `${text}.${segment}`;
  }, '');
}

function translatedLeaves(tree: unknown, path: TextPath = []): TextPath[] {
  if (isTranslatedText(tree)) return [path];
  if (tree === null || typeof tree !== 'object') return [];
  return Object.entries(tree).flatMap(([key, value]) =>
    translatedLeaves(value, [...path, Array.isArray(tree) ? Number(key) : key]),
  );
}

/** Missing, stale and unused translations of every language the workshop declares. */
export function translationWarnings(template: Template): TranslationWarning[] {
  const texts = sourceTexts(template);
  const known = new Set(texts.map((t) => formatTextPath(t.key)));
  const warnings: TranslationWarning[] = [];
  for (const [language, translation] of Object.entries(template.translations ?? {})) {
    const name = isWorkshopLanguage(language) ? LANGUAGE_NAMES[language] : language;
    for (const source of texts) {
      const tag = sourceTag(source.text);
      const translated = translationAt(translation, source.key);
      const where = `translations.${language}.${formatTextPath(source.key)}`;
      if (!translated) {
        warnings.push({
          kind: 'missing',
          language,
          at: source.at,
          message: `missing ${name} translation: add ${where} with source: ${tag}`,
        });
      } else if (translated.source !== tag) {
        warnings.push({
          kind: 'stale',
          language,
          at: ['translations', language, ...source.key, 'source'],
          message: `stale ${name} translation: the source text changed since it was translated; check the text, then set source: ${tag}`,
        });
      }
    }
    for (const leaf of translatedLeaves(translation)) {
      if (known.has(formatTextPath(leaf))) continue;
      warnings.push({
        kind: 'unused',
        language,
        at: ['translations', language, ...leaf],
        message: `unused ${name} translation: the workshop has no such text (a renamed step, item or field?)`,
      });
    }
  }
  return warnings;
}
