import { describe, expect, it } from 'vitest';
import {
  createHostSealKey,
  hostAccept,
  hostSealKeyFrom,
  phoneHello,
  SealError,
  type HostSealKey,
} from '../../shared/seal/seal-channel.js';

function handshake(hostKey: HostSealKey, fingerprint: string | undefined = hostKey.fingerprint) {
  const phone = phoneHello();
  const host = hostAccept(hostKey, phone.hello);
  return { phone: phone.finish(hostKey.publicKey, host.nonce, fingerprint), host: host.channel };
}

function pair() {
  const hostKey = createHostSealKey();
  return { hostKey, ...handshake(hostKey) };
}

describe('seal channel', () => {
  it('carries messages both ways and hides the plaintext', () => {
    const { phone, host } = pair();
    const sealed = phone.sealText('my private worksheet answer');
    expect(Buffer.from(sealed).toString('latin1')).not.toContain('private');
    expect(host.openText(sealed)).toBe('my private worksheet answer');
    expect(phone.openText(host.sealText('ack'))).toBe('ack');
  });

  it('refuses an altered ciphertext', () => {
    const { phone, host } = pair();
    const sealed = phone.sealText('hello');
    for (const index of [0, 7, 8, sealed.length - 1]) {
      const altered = sealed.slice();
      altered[index] = (altered[index] ?? 0) ^ 1;
      expect(() => host.open(altered)).toThrow(SealError);
    }
    expect(host.openText(sealed)).toBe('hello');
  });

  it('refuses a replayed message', () => {
    const { phone, host } = pair();
    const first = phone.sealText('one');
    const second = phone.sealText('two');
    expect(host.openText(first)).toBe('one');
    expect(host.openText(second)).toBe('two');
    expect(() => host.open(first)).toThrow(/replayed/);
    expect(() => host.open(second)).toThrow(/replayed/);
  });

  it('refuses a host key that does not match the fingerprint', () => {
    const real = createHostSealKey();
    const impostor = createHostSealKey();
    expect(() => handshake(impostor, real.fingerprint)).toThrow(/does not match/);
    // A typed-code join has no fingerprint: still encrypted against anyone who only listens.
    expect(() => handshake(impostor, undefined)).not.toThrow();
  });

  it('never repeats a nonce and gives each connection fresh keys', () => {
    const { hostKey, phone } = pair();
    const headers = new Set<string>();
    for (let i = 0; i < 1000; i += 1) {
      headers.add(Buffer.from(phone.seal(new Uint8Array(1)).subarray(0, 8)).toString('hex'));
    }
    expect(headers.size).toBe(1000);
    const a = handshake(hostKey);
    const b = handshake(hostKey);
    expect(() => a.host.open(b.phone.sealText('x'))).toThrow(SealError);
    expect(createHostSealKey().fingerprint).not.toBe(hostKey.fingerprint);
  });

  it('gives a replayed hello other keys, so a recorded connection cannot be played again', () => {
    const hostKey = createHostSealKey();
    const phone = phoneHello();
    const first = hostAccept(hostKey, phone.hello);
    const channel = phone.finish(hostKey.publicKey, first.nonce, hostKey.fingerprint);
    const recorded = channel.sealText('{"e":"answer"}');
    expect(first.channel.openText(recorded)).toBe('{"e":"answer"}');
    // Someone replays the same hello on a new connection: the host's fresh nonce differs.
    const replayed = hostAccept(hostKey, phone.hello);
    expect(replayed.nonce).not.toEqual(first.nonce);
    expect(() => replayed.channel.open(recorded)).toThrow(/altered/);
  });

  it('refuses handshakes that are not 32-byte keys and a host key of the wrong size', () => {
    const hostKey = createHostSealKey();
    expect(() => hostAccept(hostKey, new Uint8Array(31))).toThrow(SealError);
    expect(() => hostAccept(hostKey, new Uint8Array(32))).toThrow(/bad handshake/);
    const phone = phoneHello();
    expect(() => phone.finish(new Uint8Array(16), new Uint8Array(16), undefined)).toThrow(
      SealError,
    );
    expect(() => hostSealKeyFrom(new Uint8Array(8))).toThrow(SealError);
  });

  it('makes the same host key from the same secret (a session after a restart)', () => {
    const secret = new Uint8Array(32).fill(7);
    expect(hostSealKeyFrom(secret).fingerprint).toBe(hostSealKeyFrom(secret).fingerprint);
    expect(hostSealKeyFrom(secret).fingerprint).toMatch(/^[0-9a-f]{32}$/);
  });
});
