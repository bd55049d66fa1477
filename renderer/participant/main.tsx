// The base styles load before any component's own, so a component's rules win where they meet.
import '../common/tokens.css';
import './styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app.js';
import { ParticipantConnection } from './connection/participant-connection.js';
import { ConnectionContext } from './connection/use-connection.js';
import { startingLanguage, switchLanguage, watchLanguage } from './i18n/phone-language.js';

const connection = new ParticipantConnection();
// Set before the connection first resumes, so the first view already comes in this language.
void connection.setLanguage(startingLanguage());
watchLanguage((tag) => void connection.setLanguage(tag));

function render(): void {
  const root = document.getElementById('root');
  if (!root) return;
  createRoot(root).render(
    <StrictMode>
      <ConnectionContext.Provider value={connection}>
        <App />
      </ConnectionContext.Provider>
    </StrictMode>,
  );
}

// The first screen already speaks the phone's language; should its chunk fail to load, English.
void switchLanguage(startingLanguage(), { remember: false })
  .catch(() => undefined)
  .then(render);
