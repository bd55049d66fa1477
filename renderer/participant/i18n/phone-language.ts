import { useSyncExternalStore } from 'react';
import { rebuildStrings } from '../strings.js';
import { activateCatalog } from './translate.js';
import {
  isLanguageTag,
  languageOf,
  loadCatalog,
  preferredLanguage,
  type LanguageTag,
} from './languages.js';

/**
 * Remembered on this phone; the host is told it too (participant-connection.ts), only so it
 * sends the workshop's texts in it. It is not stored with the session.
 */
const LANGUAGE_KEY = 'circlework.language';
let current: LanguageTag = 'en';
const listeners = new Set<() => void>();

function remembered(): string | null {
  try {
    return window.localStorage.getItem(LANGUAGE_KEY);
  } catch {
    return null; // storage disabled: fall back to the phone's own language
  }
}

function remember(tag: LanguageTag): void {
  try {
    window.localStorage.setItem(LANGUAGE_KEY, tag);
  } catch {
    // storage unavailable: the choice lasts for this visit only
  }
}

/** The remembered choice, else the phone's own language when shipped, else English. */
export function startingLanguage(): LanguageTag {
  const stored = remembered();
  if (stored !== null && isLanguageTag(stored)) return stored;
  return preferredLanguage(navigator.languages);
}

/** Loads the catalog (its own chunk unless English), then switches every screen to it. */
export async function switchLanguage(
  tag: LanguageTag,
  options = { remember: true },
): Promise<void> {
  const catalog = await loadCatalog(tag);
  activateCatalog(tag, catalog);
  rebuildStrings();
  current = tag;
  document.documentElement.lang = tag;
  document.documentElement.dir = languageOf(tag).dir;
  if (options.remember) remember(tag);
  for (const listener of listeners) listener();
}

/** Calls `listener` with the new language each time the phone switches. */
export function watchLanguage(listener: (tag: LanguageTag) => void): () => void {
  return subscribe(() => listener(current));
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The phone's language; a component using it re-renders when the language changes. */
export function usePhoneLanguage(): LanguageTag {
  return useSyncExternalStore(subscribe, () => current);
}
