/**
 * Host CPU added by the seal, per answer: one sealed request opened, one sealed ack and one
 * sealed view sent back, against the same JSON work done in the clear. Pure CPU in-process, so
 * it isolates the cryptography from network and socket.io noise.
 */
import { performance } from 'node:perf_hooks';
import { nodeSealPrimitives } from '../../main/host/crypto/node-seal-primitives.js';
import { createHostSealKey, hostAccept, phoneHello } from '../../shared/seal/seal-channel.js';

export interface SealCostRow {
  name: string;
  value: number;
  unit: string;
}

const ROUNDS = 5000;
const answer = {
  stepId: 'step-3',
  answer: { kind: 'text', text: 'Something I would like to say about this, in a sentence or two.' },
};
const view = { kind: 'step', step: { id: 'step-3', prompt: 'x'.repeat(400) }, answered: true };

function timePerRound(work: () => void, rounds = ROUNDS): number {
  for (let i = 0; i < 200; i += 1) work(); // warm-up for the JIT
  const start = performance.now();
  for (let i = 0; i < rounds; i += 1) work();
  return ((performance.now() - start) * 1000) / rounds;
}

export async function measureSealCost(): Promise<SealCostRow[]> {
  const hostKey = createHostSealKey();
  const hello = phoneHello();
  // The host's own primitives (node:crypto), as the participant door uses them.
  const { channel: host, nonce } = hostAccept(hostKey, hello.hello, nodeSealPrimitives);
  const phone = hello.finish(hostKey.publicKey, nonce, hostKey.fingerprint);
  const requests = Array.from({ length: ROUNDS + 200 }, () =>
    phone.sealText(JSON.stringify(answer)),
  );
  let next = 0;
  const plain = timePerRound(() => {
    JSON.parse(JSON.stringify(answer));
    JSON.stringify({ ok: true });
    JSON.stringify(view);
  });
  const sealed = timePerRound(() => {
    const request = requests[next];
    next += 1;
    if (request) JSON.parse(host.openText(request));
    host.sealText(JSON.stringify({ ok: true }));
    host.sealText(JSON.stringify(view));
  });
  // Host side only: the phones' hellos are made beforehand, as the phones would.
  const hellos = Array.from({ length: 300 }, () => phoneHello().hello);
  let nextHello = 0;
  const handshake = timePerRound(() => {
    hostAccept(hostKey, hellos[nextHello % hellos.length] ?? hello.hello, nodeSealPrimitives);
    nextHello += 1;
  }, 300);
  return [
    { name: 'answer handled in the clear', value: plain, unit: 'µs' },
    { name: 'answer handled sealed', value: sealed, unit: 'µs' },
    { name: 'seal cost added per answer', value: sealed - plain, unit: 'µs' },
    { name: 'handshake, host side, per connection', value: handshake, unit: 'µs' },
  ];
}
