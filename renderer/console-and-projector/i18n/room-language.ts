import { useSyncExternalStore } from 'react';
import { switchChartLanguage } from '../../common/i18n/chart-translate.js';
import {
  applyDocumentLanguage,
  isLanguageTag,
  preferredLanguage,
  type LanguageTag,
} from '../../common/i18n/languages.js';
import type { RoomCatalog } from './catalogs/en.js';
import { en } from './catalogs/en.js';
import { activateRoomCatalog } from './translate.js';

/**
 * The language the console and projector speak: the counselor's setting (kept by the host), else
 * the laptop's own. The console hands it to the projector window through this key: both pages
 * come from the console door, so they share storage, and a `storage` event reaches the projector
 * the moment the console changes it (no reload).
 */
export const ROOM_LANGUAGE_KEY = 'circlework.roomLanguage';

let current: LanguageTag = 'en';
let latestRequest = 0;
const listeners = new Set<() => void>();

/** The room catalog for a language; every language but English is its own chunk. */
async function loadRoomCatalog(tag: LanguageTag): Promise<RoomCatalog> {
  switch (tag) {
    case 'en':
      return en;
    case 'es':
      return (await import('./catalogs/es.js')).es;
    case 'de':
      return (await import('./catalogs/de.js')).de;
    case 'ar':
      return (await import('./catalogs/ar.js')).ar;
  }
}

/** The setting when there is one, else the first of the laptop's languages that ships. */
export function roomLanguageFor(setting: string | undefined | null): LanguageTag {
  if (setting && isLanguageTag(setting)) return setting;
  return preferredLanguage(navigator.languages);
}

/** Loads the language's catalogs, then every console or projector screen re-renders in it. */
export async function switchRoomLanguage(tag: LanguageTag): Promise<void> {
  const request = ++latestRequest;
  const [catalog] = await Promise.all([loadRoomCatalog(tag), switchChartLanguage(tag)]);
  // A quicker later choice wins over a slower earlier one.
  if (request !== latestRequest) return;
  activateRoomCatalog(tag, catalog);
  current = tag;
  applyDocumentLanguage(tag);
  for (const listener of listeners) listener();
}

/** Tells a projector window (same origin) which language the console now speaks. */
export function shareRoomLanguage(tag: LanguageTag): void {
  try {
    window.localStorage.setItem(ROOM_LANGUAGE_KEY, tag);
  } catch {
    // storage unavailable: the projector keeps the laptop's language
  }
}

/** The language the console last shared, if any. */
export function sharedRoomLanguage(): string | null {
  try {
    return window.localStorage.getItem(ROOM_LANGUAGE_KEY);
  } catch {
    return null;
  }
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The console's or projector's language; a component using it re-renders when it changes. */
export function useRoomLanguage(): LanguageTag {
  return useSyncExternalStore(subscribe, () => current);
}
