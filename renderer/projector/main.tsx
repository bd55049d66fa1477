import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { takeConsoleToken } from '../room/console-token.js';
import '../common/tokens.css';
import '../common/aggregate-chart-room.css';
import '../room/room.css';
import './projector.css';
import { ProjectorApp } from './ProjectorApp.js';

const token = takeConsoleToken();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    {token ? (
      <ProjectorApp token={token} />
    ) : (
      <main className="screen screen-center">
        <p className="huge-note">Open the projector from the Circlework console.</p>
      </main>
    )}
  </StrictMode>,
);
