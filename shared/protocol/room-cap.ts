/**
 * How many phones one session seats. The laptop was measured holding 8,000 (issue 17's bench);
 * what a room's Wi-Fi carries is usually far less, so the default stays well below that and the
 * counselor can set it per session, between 2 and 8,000.
 */
export const ROOM_CAP_MIN = 2;
export const ROOM_CAP_MAX = 8000;
export const ROOM_CAP_DEFAULT = 3000;
