/** Who needs a fresh view after a change; the broadcaster coalesces these. */
export type SessionChange =
  /** Everyone: phones, console, projector. */
  | { scope: 'room' }
  /** Counts or lists only the console and projector show. */
  | { scope: 'console' }
  /**
   * One participant's own data, plus the console's counts. `knownTo`: the connection whose own
   * request made the change; it patches its view from the reply, so only the others need one.
   */
  | { scope: 'participant'; participantId: string; knownTo?: string }
  /** The open session was closed or replaced. */
  | { scope: 'closed'; participantIds: string[] };
