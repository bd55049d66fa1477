import { z } from 'zod';
import { INTERFACE_LANGUAGES } from '../../shared/protocol/interface-languages.js';

/**
 * The one channel between the shell (main process) and the host in its utility process.
 * Both ends parse what they receive, like every other channel (CONVENTIONS.md).
 */

const port = z.number().int().min(0).max(65535);
const path = z.string().min(1).max(4096);

/** main → host: start with these paths, this token and this key (the key never touches disk here). */
export const hostStartSchema = z.object({
  type: z.literal('start'),
  dataDir: path,
  /** Where settings.json lives (the app's user-data folder, as electron-store keeps it). */
  settingsDir: path,
  templatesDir: path,
  consoleAppDir: path,
  participantAppDir: path,
  token: z.string().min(16).max(256),
  /** The session master key, base64; sealed by safeStorage in the main process. */
  key: z.string().min(1).max(256),
  /** 0 on the first start; the ports it got on a restart, so the console and phones reconnect. */
  consolePort: port,
  participantPort: port,
});
export type HostStart = z.infer<typeof hostStartSchema>;

export const hostCloseSchema = z.object({ type: z.literal('close') });

export const toHostSchema = z.discriminatedUnion('type', [hostStartSchema, hostCloseSchema]);
export type ToHost = z.infer<typeof toHostSchema>;

export const hostReadySchema = z.object({
  type: z.literal('ready'),
  consoleUrl: z.string().min(1).max(2000),
  projectorUrl: z.string().min(1).max(2000),
  token: z.string().min(16).max(256),
  consolePort: port,
  participantPort: port,
});
export type HostReady = z.infer<typeof hostReadySchema>;

export const fromHostSchema = z.discriminatedUnion('type', [
  hostReadySchema,
  z.object({
    type: z.literal('log'),
    level: z.enum(['info', 'warn', 'error']),
    message: z.string(),
  }),
  /** startHost threw; the process exits right after. */
  z.object({ type: z.literal('failed'), message: z.string() }),
  /** close() finished: the journals are flushed. */
  z.object({ type: z.literal('closed') }),
  /** The counselor chose another interface language in the console; null: the system's. */
  z.object({
    type: z.literal('interfaceLanguage'),
    language: z.enum(INTERFACE_LANGUAGES).nullable(),
  }),
]);
export type FromHost = z.infer<typeof fromHostSchema>;
