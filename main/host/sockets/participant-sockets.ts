import type { ParticipantBinding, ParticipantSocket } from './door-types.js';

/** Which sockets belong to which participant of the open session (a phone may have two tabs). */
export class ParticipantSockets {
  private readonly byParticipant = new Map<string, Set<ParticipantSocket>>();

  bind(socket: ParticipantSocket, binding: ParticipantBinding): void {
    this.unbind(socket);
    socket.data.binding = binding;
    let set = this.byParticipant.get(binding.participantId);
    if (!set) this.byParticipant.set(binding.participantId, (set = new Set()));
    set.add(socket);
  }

  unbind(socket: ParticipantSocket): void {
    const binding = bindingOf(socket);
    if (!binding) return;
    const set = this.byParticipant.get(binding.participantId);
    set?.delete(socket);
    if (set?.size === 0) this.byParticipant.delete(binding.participantId);
    delete socket.data.binding;
  }

  socketsOf(participantId: string): ReadonlySet<ParticipantSocket> {
    return this.byParticipant.get(participantId) ?? new Set();
  }

  participantIds(): IterableIterator<string> {
    return this.byParticipant.keys();
  }

  /** Forgets everyone (the session closed); returns the sockets that were bound. */
  clear(): ParticipantSocket[] {
    const sockets = [...this.byParticipant.values()].flatMap((set) => [...set]);
    for (const socket of sockets) delete socket.data.binding;
    this.byParticipant.clear();
    return sockets;
  }

  get connectedParticipants(): number {
    return this.byParticipant.size;
  }
}

export function bindingOf(socket: ParticipantSocket): ParticipantBinding | undefined {
  return socket.data.binding;
}
