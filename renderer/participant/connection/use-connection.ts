import { createContext, useContext, useSyncExternalStore } from 'react';
import type { ConnectionSnapshot, ParticipantConnection } from './participant-connection.js';

export const ConnectionContext = createContext<ParticipantConnection | null>(null);

export function useConnection(): ParticipantConnection {
  const connection = useContext(ConnectionContext);
  if (!connection) throw new Error('ConnectionContext is missing');
  return connection;
}

export function useConnectionSnapshot(): ConnectionSnapshot {
  const connection = useConnection();
  return useSyncExternalStore(connection.subscribe, connection.getSnapshot);
}
