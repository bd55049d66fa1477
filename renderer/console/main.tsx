import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { takeConsoleToken } from '../console-and-projector/console-token.js';
import '../common/tokens.css';
import '../common/aggregate-chart-room.css';
import '../console-and-projector/room.css';
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
        <h1>Open the console from the Circlework app</h1>
        <p>This page needs the link the app printed when it started (it ends in “?token=…”).</p>
      </main>
    )}
  </StrictMode>,
);
