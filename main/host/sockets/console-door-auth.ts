import { sameSecret } from '../session/ids.js';
import type { ConsoleSocket } from './door-types.js';

/**
 * The console door's check before a connection is accepted: the console token steers, the
 * projector's token only shows (whatever role its holder claims), anything else is refused.
 */
export function consoleDoorAuth(tokens: { token: string; projectorToken: string }) {
  return (socket: ConsoleSocket, next: (error?: Error) => void): void => {
    const auth = (socket.handshake.auth ?? {}) as { token?: unknown; role?: unknown };
    const token = typeof auth.token === 'string' ? auth.token : '';
    if (sameSecret(token, tokens.projectorToken)) {
      socket.data.role = 'projector';
      next();
      return;
    }
    if (!sameSecret(token, tokens.token)) {
      next(
        new Error('UNKNOWN_TOKEN: the console link is not valid; open the link the app printed'),
      );
      return;
    }
    socket.data.role = auth.role === 'projector' ? 'projector' : 'console';
    next();
  };
}
