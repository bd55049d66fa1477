import type { ReactNode } from 'react';
import { strings } from './strings.js';
import { CareBar } from './care/care-bar.js';
import { ConnectionIndicator } from './connection/connection-indicator.js';
import './app-frame.css';

/** The frame around every screen: title and connection on top, care actions at the bottom. */
export function AppFrame({
  title,
  support,
  pauseOn,
  children,
}: {
  title: string;
  support?: string;
  /** Present once joined: the pause signal needs a seat in the room. */
  pauseOn?: boolean;
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
      </main>
      <CareBar support={support} pauseOn={pauseOn} />
    </div>
  );
}
