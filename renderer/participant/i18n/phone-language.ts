import { useSyncExternalStore } from 'react';
import { switchChartLanguage } from '../../common/i18n/chart-translate.js';
import { rebuildStrings } from '../strings.js';
import { activateCatalog } from './translate.js';
import {
  applyDocumentLanguage,
  isLanguageTag,
  preferredLanguage,
  type LanguageTag,
} from '../../common/i18n/languages.js';
import { loadCatalog } from './load-catalog.js';

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
  // The charts' words come with the phone's own, so a result reads in the phone's language too.
  const [catalog] = await Promise.all([loadCatalog(tag), switchChartLanguage(tag)]);
  activateCatalog(tag, catalog);
  rebuildStrings();
  current = tag;
  applyDocumentLanguage(tag);
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
