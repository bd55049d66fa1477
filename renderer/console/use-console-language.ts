import { useEffect } from 'react';
import type { LanguageTag } from '../common/i18n/languages.js';
import {
  roomLanguageFor,
  shareRoomLanguage,
  switchRoomLanguage,
  useRoomLanguage,
} from '../console-and-projector/i18n/room-language.js';
import type { ConsoleApi } from './use-console.js';

/**
 * Follows the counselor's language setting: loads it, re-renders the console in it and passes it
 * on to the projector window. Returns the language in force, so the console re-renders with it.
 */
export function useConsoleLanguage(api: ConsoleApi): LanguageTag {
  const wanted = roomLanguageFor(api.settings?.interfaceLanguage);
  useEffect(() => {
    void switchRoomLanguage(wanted);
    shareRoomLanguage(wanted);
  }, [wanted]);
  return useRoomLanguage();
}
