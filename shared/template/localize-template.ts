import { sourceTag } from './source-tag.js';
import { baseLanguage, type Template } from './template-schema.js';
import { sourceTexts, type TextPath } from './translatable-texts.js';
import { translationAt } from './translation-check.js';

/**
 * One localized copy per template and language, shared by every phone in that language: a
 * room of 2,000 phones in three languages builds three copies, not 2,000.
 */
const localized = new WeakMap<Template, Map<string, Template>>();

/**
 * The workshop with its texts in `language` where a current translation exists. A missing or
 * stale one (its source text changed since) keeps the workshop's own text for that field, so
 * a half-translated workshop still runs. Ids, answer keys and numbers are never touched:
 * answers from phones in different languages are the same answers.
 */
export function localizeTemplate(template: Template, language: string | undefined): Template {
  const translation = language === undefined ? undefined : template.translations?.[language];
  if (!translation || language === undefined || baseLanguage(template.language) === language) {
    return template;
  }
  let byLanguage = localized.get(template);
  if (!byLanguage) localized.set(template, (byLanguage = new Map()));
  let copy = byLanguage.get(language);
  if (!copy) {
    copy = buildLocalized(template, language);
    byLanguage.set(language, copy);
  }
  return copy;
}

function buildLocalized(template: Template, language: string): Template {
  const translation = template.translations?.[language];
  const { translations: _all, ...rest } = template;
  const copy = structuredClone(rest) as Template;
  copy.language = language;
  for (const source of sourceTexts(template)) {
    const translated = translationAt(translation, source.key);
    if (translated && translated.source === sourceTag(source.text)) {
      setAt(copy, source.at, translated.text);
    }
  }
  return copy;
}

function setAt(target: object, path: TextPath, value: string): void {
  let node = target as Record<string | number, unknown>;
  for (const segment of path.slice(0, -1)) node = node[segment] as Record<string | number, unknown>;
  node[path[path.length - 1]!] = value;
}
