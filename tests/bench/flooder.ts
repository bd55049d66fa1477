/**
 * One hostile phone in its own process: joins, then sends `count` answers at once without waiting.
 * Separate from the measuring process, so its own work does not show up as the host's delay.
 */
import { connectSealedPhone } from '../kits/sealed-phone.js';
import { rawRequest, type RawReply } from './raw-socket.js';

export type FlooderCommand = {
  type: 'flood';
  url: string;
  roomCode: string;
  event: string;
  payloads: unknown[];
  count: number;
};
export type FlooderReply =
  | { type: 'joined' }
  | { type: 'flooded'; codes: Record<string, number>; disconnected?: string }
  | { type: 'error'; message: string };

function reply(message: FlooderReply): void {
  process.send?.(message);
}

async function flood(command: FlooderCommand): Promise<void> {
  const socket = await connectSealedPhone(command.url + '/participant');
  const joined = await rawRequest(socket, 'join', [{ roomCode: command.roomCode }]);
  if (joined === 'NO_ACK' || !joined.ok) throw new Error(`join: ${JSON.stringify(joined)}`);
  reply({ type: 'joined' });
  let disconnected: string | undefined;
  socket.once('disconnect', (reason) => (disconnected = reason));
  const replies: (RawReply | 'NO_ACK')[] = await Promise.all(
    Array.from({ length: command.count }, (_, i) =>
      rawRequest(socket, command.event, [command.payloads[i % command.payloads.length]], 60_000),
    ),
  );
  socket.close();
  const codes: Record<string, number> = {};
  for (const r of replies) {
    const code = r === 'NO_ACK' ? 'NO_ACK' : r.ok ? 'OK' : r.error.code;
    codes[code] = (codes[code] ?? 0) + 1;
  }
  reply({ type: 'flooded', codes, ...(disconnected ? { disconnected } : {}) });
}

process.on('message', (command: FlooderCommand) => {
  flood(command).catch((error: unknown) =>
    reply({ type: 'error', message: error instanceof Error ? error.message : String(error) }),
  );
});
process.on('disconnect', () => process.exit(0));
