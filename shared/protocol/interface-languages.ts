/**
 * The languages the interface ships in (phone, console, projector), as BCP 47 tags. The names
 * and reading direction each is shown with live in renderer/common/i18n/languages.ts.
 */
export const INTERFACE_LANGUAGES = ['en', 'es', 'de', 'ar'] as const;

export type InterfaceLanguage = (typeof INTERFACE_LANGUAGES)[number];
