import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app.js';
import { ParticipantConnection } from './connection/participant-connection.js';
import { ConnectionContext } from './connection/use-connection.js';
import '../common/tokens.css';
import './styles.css';

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
