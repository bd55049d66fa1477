import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { nodeSealPrimitives } from '../../main/host/crypto/node-seal-primitives.js';
import {
  createHostSealKey,
  hostAccept,
  phoneHello,
  SealError,
} from '../../shared/seal/seal-channel.js';
import { noblePrimitives } from '../../shared/seal/seal-primitives.js';
import { x25519 } from '../../shared/seal/x25519.js';

const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex');

describe('the host’s node:crypto seal primitives match the phone’s @noble ones', () => {
  it('seals and opens ChaCha20-Poly1305 identically, both ways', () => {
    for (const size of [0, 1, 63, 64, 65, 1000, 70_000]) {
      const key = randomBytes(32);
      const nonce = randomBytes(12);
      const aad = randomBytes(8);
      const plain = randomBytes(size);
      const byNode = nodeSealPrimitives.seal(key, nonce, aad, plain);
      expect(hex(byNode)).toBe(hex(noblePrimitives.seal(key, nonce, aad, plain)));
      expect(hex(noblePrimitives.open(key, nonce, aad, byNode))).toBe(hex(plain));
      expect(hex(nodeSealPrimitives.open(key, nonce, aad, byNode))).toBe(hex(plain));
    }
  });

  it('seals an envelope from pieces as the phone seals their join', () => {
    for (const sizes of [[0], [5, 0, 7], [700, 60], [64, 64, 1]]) {
      const key = randomBytes(32);
      const nonce = randomBytes(12);
      const aad = randomBytes(8);
      const parts = sizes.map((size) => randomBytes(size));
      const envelope = nodeSealPrimitives.sealEnvelope!(key, nonce, aad, parts);
      const byNoble = noblePrimitives.seal(key, nonce, aad, Buffer.concat(parts));
      expect(hex(envelope)).toBe(hex(aad) + hex(byNoble));
    }
  });

  it('refuses an altered ciphertext, tag or associated data', () => {
    const key = randomBytes(32);
    const nonce = randomBytes(12);
    const aad = randomBytes(8);
    const sealed = nodeSealPrimitives.seal(key, nonce, aad, Buffer.from('private answer'));
    for (const index of [0, sealed.length - 1]) {
      const altered = Buffer.from(sealed);
      altered[index] = altered[index]! ^ 1;
      expect(() => nodeSealPrimitives.open(key, nonce, aad, altered)).toThrow();
    }
    expect(() => nodeSealPrimitives.open(key, nonce, randomBytes(8), sealed)).toThrow();
    expect(() => nodeSealPrimitives.open(key, nonce, aad, sealed.subarray(0, 10))).toThrow();
  });

  it('agrees on X25519 and HKDF, and refuses low-order keys', () => {
    for (let i = 0; i < 10; i += 1) {
      const mine = x25519.utils.randomSecretKey();
      const theirs = x25519.getPublicKey(x25519.utils.randomSecretKey());
      expect(hex(nodeSealPrimitives.sharedSecret(mine, theirs))).toBe(
        hex(noblePrimitives.sharedSecret(mine, theirs)),
      );
    }
    const ikm = randomBytes(32);
    const salt = randomBytes(80);
    const info = Buffer.from('circlework seal v1');
    expect(hex(nodeSealPrimitives.hkdf(ikm, salt, info, 64))).toBe(
      hex(noblePrimitives.hkdf(ikm, salt, info, 64)),
    );
    const secret = x25519.utils.randomSecretKey();
    expect(() => nodeSealPrimitives.sharedSecret(secret, new Uint8Array(32))).toThrow();
  });

  it('lets a phone on @noble talk to a host on node:crypto', () => {
    const hostKey = createHostSealKey();
    const phone = phoneHello();
    const host = hostAccept(hostKey, phone.hello, nodeSealPrimitives);
    const channel = phone.finish(hostKey.publicKey, host.nonce, hostKey.fingerprint);
    expect(host.channel.openText(channel.sealText('my answer'))).toBe('my answer');
    expect(channel.openText(host.channel.sealText('the view'))).toBe('the view');
    const pieces = ['{"e":"view","p":{"room":1,', '"mine":2}}'].map((text) => Buffer.from(text));
    const envelope = host.channel.sealParts(pieces);
    expect(channel.openText(envelope)).toBe('{"e":"view","p":{"room":1,"mine":2}}');
    expect(() => channel.open(envelope)).toThrow(SealError);
    expect(() => hostAccept(hostKey, new Uint8Array(32), nodeSealPrimitives)).toThrow(SealError);
  });

  it('lets a phone on node:crypto (the bench’s crowd) talk to a host on @noble', () => {
    const hostKey = createHostSealKey();
    const phone = phoneHello(nodeSealPrimitives);
    const host = hostAccept(hostKey, phone.hello);
    const channel = phone.finish(hostKey.publicKey, host.nonce, hostKey.fingerprint);
    expect(host.channel.openText(channel.sealText('my answer'))).toBe('my answer');
    expect(channel.openText(host.channel.sealText('the view'))).toBe('the view');
    const rogue = phoneHello(nodeSealPrimitives);
    expect(() => rogue.finish(new Uint8Array(32), host.nonce, undefined)).toThrow(SealError);
  });
});
