// The base styles load before any component's own, so a component's rules win where they meet.
import '../common/tokens.css';
import './styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app.js';
import { ParticipantConnection } from './connection/participant-connection.js';
import { ConnectionContext } from './connection/use-connection.js';

const connection = new ParticipantConnection();
const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <ConnectionContext value={connection}>
        <App />
      </ConnectionContext>
    </StrictMode>,
  );
}
