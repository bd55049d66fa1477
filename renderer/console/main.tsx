import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { takeConsoleToken } from '../console-and-projector/console-token.js';
import '../common/tokens.css';
import '../common/aggregate-chart-room.css';
import '../console-and-projector/room.css';
import { t } from '../console-and-projector/i18n/translate.js';
import './console.css';
import { App } from './app.js';

const root = createRoot(document.getElementById('root')!);
const token = takeConsoleToken();

root.render(
  <StrictMode>
    {token ? (
      <App token={token} />
    ) : (
      <main className="no-token">
        <h1>{t('noToken.title')}</h1>
        <p>{t('noToken.body')}</p>
      </main>
    )}
  </StrictMode>,
);
