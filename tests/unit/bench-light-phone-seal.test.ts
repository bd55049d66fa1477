/**
 * The bench's light phones (tests/bench/light-phone.ts) shake hands with node:crypto's X25519
 * and read view pushes only as far as their step and phase: both must agree with the real seal.
 */
import { describe, expect, it } from 'vitest';
import { createHostSealKey, hostAccept } from '../../shared/seal/seal-channel.js';
import { lightHello } from '../bench/light-hello.js';
import { peekView } from '../bench/view-peek.js';

function sealedPair() {
  const key = createHostSealKey();
  const hello = lightHello();
  const host = hostAccept(key, hello.hello);
  return { host: host.channel, ...hello.finish(key.publicKey, host.nonce) };
}

describe('the light phone’s handshake', () => {
  it('gives the keys of the host’s own hostAccept, both ways', () => {
    const { host, channel } = sealedPair();
    expect(host.openText(channel.sealText('{"e":"answer"}'))).toBe('{"e":"answer"}');
    expect(channel.openText(host.sealText('{"ok":true}'))).toBe('{"ok":true}');
  });

  it('refuses a host key or nonce of the wrong length', () => {
    expect(() => lightHello().finish(new Uint8Array(31), new Uint8Array(16))).toThrow();
    expect(() => lightHello().finish(new Uint8Array(32), new Uint8Array(15))).toThrow();
  });
});

describe('peekView', () => {
  const { host, channel, receiveKey } = sealedPair();
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
      const whole = JSON.parse(channel.openText(envelope)) as {
        p: { step?: { id: string }; phase?: string };
      };
      expect(peekView(receiveKey, envelope)).toEqual({
        stepId: whole.p.step?.id,
        phase: whole.p.phase,
      });
    }
  });

  it('leaves other pushes alone', () => {
    const other = host.sealText(JSON.stringify({ e: 'removed', p: { step: { id: 'ex-1' } } }));
    expect(peekView(receiveKey, other)).toBeUndefined();
  });
});
