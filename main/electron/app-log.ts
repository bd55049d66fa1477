import { dirname } from 'node:path';
import type { LogMessage, NodeLogger } from 'electron-log';
import type { Logger } from '../host/logger.js';
import { redactLogValue } from './log-redaction.js';

/** One log file stays under this; the previous one is kept as main.old.log (electron-log's rotation). */
export const LOG_FILE_MAX_BYTES = 1024 * 1024;

/** The app's log: the host's Logger plus where the file is and the secrets to keep out of it. */
export interface AppLog extends Logger {
  /** The folder the "Open log folder" menu item opens. */
  folder(): string;
  /** A value (a token) that must never reach the file, whatever the message around it. */
  addSecret(secret: string): void;
}

/**
 * Sets up electron-log (main process; `electron-log/node` in tests) as a rotating file that a
 * counselor can send to IT: every message passes through the redaction first.
 */
export function configureAppLog(logger: NodeLogger, maxBytes = LOG_FILE_MAX_BYTES): AppLog {
  const secrets: string[] = [];
  logger.transports.file.maxSize = maxBytes;
  logger.transports.file.level = 'info';
  logger.hooks.push((message: LogMessage): LogMessage => ({
    ...message,
    data: message.data.map((item: unknown) => redactLogValue(item, secrets)),
  }));
  return {
    info: (m) => logger.info(m),
    warn: (m) => logger.warn(m),
    error: (m) => logger.error(m),
    folder: () => dirname(logger.transports.file.getFile().path),
    addSecret(secret) {
      if (secret && !secrets.includes(secret)) secrets.push(secret);
    },
  };
}
