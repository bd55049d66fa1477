/** Who needs a fresh view after a change; the broadcaster coalesces these. */
export type SessionChange =
  /** Everyone: phones, console, projector. */
  | { scope: 'room' }
  /** Counts or lists only the console and projector show. */
  | { scope: 'console' }
  /** One participant's own data, plus the console's counts. */
  | { scope: 'participant'; participantId: string }
  /** The open session was closed or replaced. */
  | { scope: 'closed'; participantIds: string[] };
