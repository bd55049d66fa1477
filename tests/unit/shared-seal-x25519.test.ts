import { x25519 as fullX25519 } from '@noble/curves/ed25519.js';
import { bytesToHex, hexToBytes } from '@noble/hashes/utils.js';
import { describe, expect, it } from 'vitest';
import { x25519 } from '../../shared/seal/x25519.js';

describe('the phone-sized X25519 (shared/seal/x25519.ts)', () => {
  it('gives RFC 7748 §6.1 Diffie-Hellman results', () => {
    const alice = hexToBytes('77076d0a7318a57d3c16c17251b26645df4c2f87ebc0992ab177fba51db92c2a');
    const bob = hexToBytes('5dab087e624a8a4b79e17f8b83800ee66f3bb1292618b6fd1c2f8b27ff88e0eb');
    const alicePublic = x25519.getPublicKey(alice);
    const bobPublic = x25519.getPublicKey(bob);
    expect(bytesToHex(alicePublic)).toBe(
      '8520f0098930a754748b7ddcb43ef75a0dbf3a0d26381af4eba4a98eaa9b4e6a',
    );
    expect(bytesToHex(bobPublic)).toBe(
      'de9edb7d7b7dc1b4d35b61c2ece435373f8343c85b78674dadfc7e146f882b4f',
    );
    const shared = '4a5d9d5ba4ce2de1728e3bf480350f25e07e21c947d19e3376f09b3c1e161742';
    expect(bytesToHex(x25519.getSharedSecret(alice, bobPublic))).toBe(shared);
    expect(bytesToHex(x25519.getSharedSecret(bob, alicePublic))).toBe(shared);
  });

  it('gives the RFC 7748 §5.2 scalar multiplication result', () => {
    const scalar = hexToBytes('a546e36bf0527c9d3b16154b82465edd62144c0ac1fc5a18506a2244ba449ac4');
    const u = hexToBytes('e6db6867583030db3594c1a424b15f7c726624ec26b3353b10a903a6d0ab1c4c');
    expect(bytesToHex(x25519.scalarMult(scalar, u))).toBe(
      'c3da55379de9c6908e94ea4df28d084f32eccf03491c71f754b4075577a28552',
    );
  });

  it('matches the library’s full x25519 on random keys, and leaves the secret as it was', () => {
    for (let i = 0; i < 20; i += 1) {
      const a = fullX25519.utils.randomSecretKey();
      const b = fullX25519.utils.randomSecretKey();
      const before = bytesToHex(a);
      expect(bytesToHex(x25519.getPublicKey(a))).toBe(bytesToHex(fullX25519.getPublicKey(a)));
      expect(bytesToHex(a)).toBe(before);
      const bPublic = fullX25519.getPublicKey(b);
      expect(bytesToHex(x25519.getSharedSecret(a, bPublic))).toBe(
        bytesToHex(fullX25519.getSharedSecret(a, bPublic)),
      );
    }
  });

  it('refuses low-order public keys (an all-zero shared secret)', () => {
    const secret = x25519.utils.randomSecretKey();
    expect(() => x25519.getSharedSecret(secret, new Uint8Array(32))).toThrow();
    const one = new Uint8Array(32);
    one[0] = 1;
    expect(() => x25519.getSharedSecret(secret, one)).toThrow();
  });
});
