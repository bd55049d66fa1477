/** Every console (never a projector) joins this room: console views and workshops go to it. */
export const CONSOLE_ROOM = 'consoles';
/** Every projector joins this one: what the room may see, nothing of the console's. */
export const PROJECTOR_ROOM = 'projectors';
