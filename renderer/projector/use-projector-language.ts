import { useEffect } from 'react';
import type { LanguageTag } from '../common/i18n/languages.js';
import {
  ROOM_LANGUAGE_KEY,
  roomLanguageFor,
  sharedRoomLanguage,
  switchRoomLanguage,
  useRoomLanguage,
} from '../console-and-projector/i18n/room-language.js';

/**
 * The projector speaks the console's language: the one the console last shared, then every
 * change the console makes while the projector is open (a `storage` event, no reload).
 */
export function useProjectorLanguage(): LanguageTag {
  useEffect(() => {
    void switchRoomLanguage(roomLanguageFor(sharedRoomLanguage()));
    const onStorage = (event: StorageEvent) => {
      if (event.key === ROOM_LANGUAGE_KEY) void switchRoomLanguage(roomLanguageFor(event.newValue));
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, []);
  return useRoomLanguage();
}
