import { describe, expect, it } from 'vitest';
import { createHostSealKey, hostAccept, phoneHello } from '../../shared/seal/seal-channel.js';
import { keyKeepingPrimitives, peekView } from '../bench/view-peek.js';

describe('peekView (the bench’s light phones read a view push only as far as they need)', () => {
  const key = createHostSealKey();
  const keys = keyKeepingPrimitives();
  const hello = phoneHello(keys.primitives);
  const { channel: host, nonce } = hostAccept(key, hello.hello);
  const phone = hello.finish(key.publicKey, nonce, undefined);
  const long = 'x'.repeat(700);

  it('reads the step id and phase the whole view holds, wherever they fall', () => {
    const views = [
      { step: { id: 'ex-1' }, phase: 'open' },
      {
        sessionId: 's',
        title: long,
        step: { id: 'ex-2', kind: 'sort', prompt: long },
        phase: 'revealed',
        myAnswer: { kind: 'pass' },
      },
      // Values that straddle the first read (256 bytes) and the next (512).
      { pad: 'y'.repeat(236), step: { id: 'ex-straddle' }, pad2: 'z'.repeat(230), phase: 'closed' },
      { sessionId: 's', status: 'lobby' },
    ];
    for (const view of views) {
      const envelope = host.sealText(JSON.stringify({ e: 'view', p: view }));
      const whole = JSON.parse(phone.openText(envelope)) as {
        p: { step?: { id: string }; phase?: string };
      };
      expect(peekView(keys.receiveKey(), envelope)).toEqual({
        stepId: whole.p.step?.id,
        phase: whole.p.phase,
      });
    }
  });

  it('leaves other pushes alone', () => {
    const other = host.sealText(JSON.stringify({ e: 'removed', p: { step: { id: 'ex-1' } } }));
    expect(peekView(keys.receiveKey(), other)).toBeUndefined();
  });
});
