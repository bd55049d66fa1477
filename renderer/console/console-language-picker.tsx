import { useId } from 'react';
import { LANGUAGES, isLanguageTag } from '../common/i18n/languages.js';
import { t } from '../console-and-projector/i18n/translate.js';
import { useRoomLanguage } from '../console-and-projector/i18n/room-language.js';
import type { ConsoleApi } from './use-console.js';

/**
 * The counselor's language for the console and the projector, each language named in its own
 * words. Saved in the host's settings, so the next launch opens in it too.
 */
export function ConsoleLanguagePicker({ api }: { api: ConsoleApi }) {
  const id = useId();
  const language = useRoomLanguage();
  return (
    <span className="language-picker">
      <label htmlFor={id}>{t('language.label')}</label>
      <select
        id={id}
        value={language}
        data-testid="console-language"
        onChange={(event) => {
          const tag = event.target.value;
          if (isLanguageTag(tag)) void api.saveSettings({ interfaceLanguage: tag });
        }}
      >
        {LANGUAGES.map((option) => (
          <option key={option.tag} value={option.tag} lang={option.tag} dir={option.dir}>
            {option.name}
          </option>
        ))}
      </select>
    </span>
  );
}
