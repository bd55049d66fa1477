import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { takeConsoleToken } from '../console-and-projector/console-token.js';
import '../common/tokens.css';
import '../common/aggregate-chart-room.css';
import '../console-and-projector/room.css';
import { t } from '../console-and-projector/i18n/translate.js';
import './projector.css';
import { ProjectorApp } from './projector-app.js';

const token = takeConsoleToken();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    {token ? (
      <ProjectorApp token={token} />
    ) : (
      <main className="screen screen-center">
        <p className="huge-note">{t('screen.noToken')}</p>
      </main>
    )}
  </StrictMode>,
);
