import { useId } from 'react';
import { strings } from '../strings.js';
import { LANGUAGES, isLanguageTag } from '../../common/i18n/languages.js';
import { switchLanguage, usePhoneLanguage } from './phone-language.js';
import './language-picker.css';

/** A plain select listing each language in its own name; the choice is remembered on the phone. */
export function LanguagePicker() {
  const id = useId();
  const language = usePhoneLanguage();
  return (
    <div className="language-picker">
      <label htmlFor={id} className="language-picker-label">
        {strings.language.label}
      </label>
      <select
        id={id}
        className="language-picker-select"
        value={language}
        onChange={(event) => {
          const tag = event.target.value;
          if (isLanguageTag(tag)) void switchLanguage(tag);
        }}
      >
        {LANGUAGES.map((option) => (
          <option key={option.tag} value={option.tag} lang={option.tag} dir={option.dir}>
            {option.name}
          </option>
        ))}
      </select>
    </div>
  );
}
