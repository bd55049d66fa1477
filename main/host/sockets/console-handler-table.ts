import type {
  ConsoleReplies,
  consoleRequestSchemas,
} from '../../../shared/protocol/console-events.js';
import type { RequestHandlers } from '../../../shared/protocol/request-events.js';

/** Every console request's handler, validated payload in, Reply out. */
export type ConsoleHandlers = RequestHandlers<typeof consoleRequestSchemas, ConsoleReplies>;

type LibraryRequest = Extract<keyof ConsoleHandlers, `library:${string}`>;

/** The workshop library's requests: files, drafts, pictures. */
export type LibraryHandlers = Pick<ConsoleHandlers, LibraryRequest>;

/** The rest: settings, the network check, the session, its history and the projector. */
export type SessionHandlers = Omit<ConsoleHandlers, LibraryRequest>;
