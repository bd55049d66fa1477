import { INTERFACE_LANGUAGES, type InterfaceLanguage } from '../protocol/interface-languages.js';

/**
 * The languages a workshop's texts may be translated into: the languages the interface ships in,
 * so a phone can always show the workshop in its own language. A bounded set, so a tag a phone
 * sends is looked up, never used as a key it made up.
 */
export const WORKSHOP_LANGUAGES = INTERFACE_LANGUAGES;

export type WorkshopLanguage = InterfaceLanguage;

export function isWorkshopLanguage(tag: unknown): tag is WorkshopLanguage {
  return typeof tag === 'string' && (WORKSHOP_LANGUAGES as readonly string[]).includes(tag);
}

/** The languages a workshop can be shown in: its own (base tag), then each translation's. */
export function languagesOf(template: {
  language: string;
  translations?: Record<string, unknown> | undefined;
}): string[] {
  const own = template.language.toLowerCase().split('-')[0] ?? template.language;
  return [own, ...Object.keys(template.translations ?? {})];
}

/** English names, for messages to someone editing a workshop file. */
export const LANGUAGE_NAMES: Record<WorkshopLanguage, string> = {
  en: 'English',
  es: 'Spanish',
  de: 'German',
  ar: 'Arabic',
};
