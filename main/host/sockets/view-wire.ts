import {
  buildPersonalViewPart,
  buildRoomViewPart,
} from '../../../shared/protocol/build-participant-view.js';
import type { SessionState } from '../../../shared/session/session-types.js';

/**
 * A "view" push's sealed JSON in two pieces, so a pass over the room serializes the room's part
 * once instead of once per phone: the head `{"e":"view","p":{…room's fields…,` is built and
 * encoded once per slice and language, the tail `…the phone's own fields…}}` once per phone.
 * Joined they read as JSON.stringify({ e: 'view', p: buildParticipantView(…) }) does, in
 * another key order. Only for a participant in the room: a removed one sees no step.
 */
export function roomViewHead(state: SessionState, now: number, language?: string): Buffer {
  const room = JSON.stringify(buildRoomViewPart(state, now, language));
  // The room's part always has fields (sessionId…): its closing brace gives way to the phone's.
  return Buffer.from(`{"e":"view","p":${room.slice(0, -1)},`);
}

export function personalViewTail(state: SessionState, participantId: string): Buffer {
  // The personal part always has fields (removed, pauseOn…): its opening brace goes.
  return Buffer.from(`${JSON.stringify(buildPersonalViewPart(state, participantId)).slice(1)}}`);
}
