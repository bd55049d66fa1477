import type { Namespace, Server, Socket } from 'socket.io';
import type {
  ConsoleDoorClientToServer,
  ConsoleServerToClient,
} from '../../../shared/protocol/console-events.js';
import type {
  SealedClientToServer,
  SealedServerToClient,
} from '../../../shared/seal/sealed-wire.js';
import type { Template } from '../../../shared/template/template-schema.js';
import type { WorkshopLanguage } from '../../../shared/template/workshop-languages.js';

/** The two doors are separate servers: nothing passes between their instances. */
type NoInterServerEvents = Record<string, never>;

/** Which seat a participant socket holds once it joined or resumed. */
export interface ParticipantBinding {
  sessionId: string;
  participantId: string;
}

export interface ParticipantSocketData {
  binding?: ParticipantBinding;
  /** The phone's language (validated): its views carry the workshop in it where translated. */
  language?: WorkshopLanguage;
}

export interface ConsoleSocketData {
  /** Set by the token check before the connection is accepted. */
  role: 'console' | 'projector';
  /** The workshop this console was last sent (console-templates.ts): its views need no other. */
  template?: Template;
}

/** The phone's door: on the socket itself only the seal handshake and sealed envelopes. */
export type ParticipantServer = Server<
  SealedClientToServer,
  SealedServerToClient,
  NoInterServerEvents,
  ParticipantSocketData
>;
export type ParticipantNamespace = Namespace<
  SealedClientToServer,
  SealedServerToClient,
  NoInterServerEvents,
  ParticipantSocketData
>;
export type ParticipantSocket = Socket<
  SealedClientToServer,
  SealedServerToClient,
  NoInterServerEvents,
  ParticipantSocketData
>;

/** The counselor's door: console and projector requests in, their views out. */
export type ConsoleServer = Server<
  ConsoleDoorClientToServer,
  ConsoleServerToClient,
  NoInterServerEvents,
  ConsoleSocketData
>;
export type ConsoleNamespace = Namespace<
  ConsoleDoorClientToServer,
  ConsoleServerToClient,
  NoInterServerEvents,
  ConsoleSocketData
>;
export type ConsoleSocket = Socket<
  ConsoleDoorClientToServer,
  ConsoleServerToClient,
  NoInterServerEvents,
  ConsoleSocketData
>;
