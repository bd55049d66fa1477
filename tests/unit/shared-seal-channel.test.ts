import { describe, expect, it } from 'vitest';
import {
  createHostSealKey,
  hostAccept,
  phoneHandshake,
  SealError,
} from '../../shared/seal/seal-channel.js';

function pair() {
  const hostKey = createHostSealKey();
  const phone = phoneHandshake(hostKey.publicKey, hostKey.fingerprint);
  const host = hostAccept(hostKey, phone.hello);
  return { hostKey, phone: phone.channel, host };
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
    expect(() => phoneHandshake(impostor.publicKey, real.fingerprint)).toThrow(SealError);
    // Typed-code join has no fingerprint: trust on first use, still encrypted.
    expect(() => phoneHandshake(impostor.publicKey, undefined)).not.toThrow();
  });

  it('never repeats a nonce and gives each connection fresh keys', () => {
    const { hostKey, phone } = pair();
    const headers = new Set<string>();
    for (let i = 0; i < 1000; i += 1) {
      headers.add(Buffer.from(phone.seal(new Uint8Array(1)).subarray(0, 8)).toString('hex'));
    }
    expect(headers.size).toBe(1000);
    const a = phoneHandshake(hostKey.publicKey, hostKey.fingerprint);
    const b = phoneHandshake(hostKey.publicKey, hostKey.fingerprint);
    const hostForA = hostAccept(hostKey, a.hello);
    expect(() => hostForA.open(b.channel.sealText('x'))).toThrow(SealError);
    expect(createHostSealKey().fingerprint).not.toBe(hostKey.fingerprint);
  });
});
