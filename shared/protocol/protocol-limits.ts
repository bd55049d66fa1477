/**
 * Facts of the socket protocol as plain constants, in a module without zod: the phone and the
 * console load these; the schemas in participant-events.ts and console-events.ts check with them.
 */
export const PARTICIPANT_NAMESPACE = '/participant';
export const CONSOLE_NAMESPACE = '/console';

/** Room codes avoid look-alike characters (no 0/O, 1/I/L). */
export const ROOM_CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
export const ROOM_CODE_LENGTH = 6;
/** What the join request accepts as a room code, after trimming and upper-casing. */
export const ROOM_CODE_SHAPE = /^[A-Z0-9]{4,8}$/;
export const ROOM_CODE_MAX_TYPED = 8;

export const NICKNAME_MAX_LENGTH = 30;
export const MAX_PROJECTOR_PAGES = 40;
