import type { ReactNode } from 'react';
import { strings } from './strings.js';
import { CareBar } from './care/care-bar.js';
import { ConnectionIndicator } from './connection/connection-indicator.js';
import { LanguagePicker } from './i18n/language-picker.js';
import './app-frame.css';

/** The frame around every screen: title and connection on top, care actions at the bottom. */
export function AppFrame({
  title,
  support,
  pauseOn,
  languagePicker = true,
  children,
}: {
  title: string;
  support?: string;
  /** Present once joined: the pause signal needs a seat in the room. */
  pauseOn?: boolean;
  /** Off where the screen shows its own picker (the join screen puts it first). */
  languagePicker?: boolean;
  children: ReactNode;
}) {
  return (
    <div className="frame">
      <header className="topbar">
        <span className="topbar-title">{title}</span>
        <ConnectionIndicator />
      </header>
      <main className="content">
        {children}
        <p className="edu-note">{strings.educationalNote}</p>
        {languagePicker && <LanguagePicker />}
      </main>
      <CareBar support={support} pauseOn={pauseOn} />
    </div>
  );
}
