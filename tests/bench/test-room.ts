/** A host child process with a session open on one exercise, for the integration tests. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Answer } from '../../shared/session/answer-schema.js';
import type { ConsoleLiveView } from '../../shared/protocol/views.js';
import {
  LIVE_OPTION_IDS,
  LIVE_STEP_ID,
  LIVE_STEP_INDEX,
  benchTemplateFile,
} from './bench-template.js';
import { connectConsole, openExercise, type ConsoleSocket } from './console-driver.js';
import { launchHost, type HostHandle } from './host-launcher.js';
import type { HostProcessOptions } from './host-process.js';

export interface Room {
  host: HostHandle;
  console: ConsoleSocket;
  view: ConsoleLiveView;
  roomCode: string;
  /** http://127.0.0.1:P, without a trailing slash. */
  participantOrigin: string;
  dataDir: string;
  stepId: string;
}

export const choiceAnswers: Answer[] = LIVE_OPTION_IDS.map((id) => ({
  kind: 'choice',
  optionIds: [id],
}));

export function tempDataDir(): string {
  return mkdtempSync(join(tmpdir(), 'circlework-test-'));
}

export function originOf(url: string): string {
  return new URL(url).origin;
}

/** Starts a host on `dataDir` and connects a console, without creating anything. */
export async function startHostWithConsole(
  options: HostProcessOptions,
): Promise<{ host: HostHandle; console: ConsoleSocket }> {
  const host = await launchHost({ participantHostname: '127.0.0.1', ...options });
  try {
    return { host, console: await connectConsole(host.consoleOrigin, host.token) };
  } catch (error) {
    await host.close();
    throw error;
  }
}

/** Starts a host and opens the bench workshop's single-choice exercise for answers. */
export async function openRoom(options: Partial<HostProcessOptions> = {}): Promise<Room> {
  const dataDir = options.dataDir ?? tempDataDir();
  const { host, console: consoleSocket } = await startHostWithConsole({ ...options, dataDir });
  try {
    const view = await openExercise(consoleSocket, benchTemplateFile, LIVE_STEP_INDEX);
    return {
      host,
      console: consoleSocket,
      view,
      roomCode: view.roomCode,
      participantOrigin: originOf(host.participantUrl),
      dataDir,
      stepId: LIVE_STEP_ID,
    };
  } catch (error) {
    consoleSocket.close();
    await host.close();
    throw error;
  }
}

/** Stops the host and the console; deletes the data dir unless it is kept for a restart. */
export async function closeRoom(
  room: { host: HostHandle; console: ConsoleSocket; dataDir: string },
  keepData = false,
) {
  room.console.close();
  await room.host.close();
  if (!keepData) rmSync(room.dataDir, { recursive: true, force: true });
}
