/**
 * Writes the bench's finished results session as a real journal in a data dir, with the key the
 * host will read it with, so the results PDF can be asked for through the console's HTTP route.
 */
import { join } from 'node:path';
import { createFileKeyProvider } from '../../main/host/crypto/file-key-provider.js';
import { JournalStore } from '../../main/host/journal/journal-store.js';
import { buildResultsSession } from './results-session.js';

export const RESULTS_SESSION_ID = 'bench-session';

export async function seedResultsJournal(dataDir: string, participants: number): Promise<void> {
  const state = buildResultsSession(participants);
  const store = new JournalStore(join(dataDir, 'sessions'), createFileKeyProvider(dataDir));
  const journal = await store.create(state.id, state.createdAt);
  await journal.append({ t: 'init', state });
  await journal.close();
}
