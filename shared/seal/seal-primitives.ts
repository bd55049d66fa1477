/**
 * The four primitives the seal is built from, behind one interface: the phone uses the @noble
 * implementations below (pure JS: plain-HTTP pages get no WebCrypto); the host passes the same
 * algorithms from node:crypto (OpenSSL), which are many times faster on its CPU. Both give
 * byte-identical results (tests/unit/host-seal-primitives.test.ts).
 */
import { chacha20poly1305 } from '@noble/ciphers/chacha.js';
import { hkdf } from '@noble/hashes/hkdf.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { x25519 } from './x25519.js';

export interface SealPrimitives {
  /** ChaCha20-Poly1305 (RFC 8439): ciphertext followed by the 16-byte tag. */
  seal(key: Uint8Array, nonce: Uint8Array, aad: Uint8Array, plaintext: Uint8Array): Uint8Array;
  /**
   * The same seal of the plaintext `parts` joined, returned as `aad`, ciphertext and tag in one
   * buffer (the envelope as it travels). Optional: the host's pushes seal a room-wide part and a
   * phone's own part without joining them first or copying the result again.
   */
  sealEnvelope?(
    key: Uint8Array,
    nonce: Uint8Array,
    aad: Uint8Array,
    parts: readonly Uint8Array[],
  ): Uint8Array;
  /** Throws when the tag does not match (altered, or another key). */
  open(key: Uint8Array, nonce: Uint8Array, aad: Uint8Array, sealed: Uint8Array): Uint8Array;
  /** X25519 (RFC 7748); throws on a low-order peer key (an all-zero shared secret). */
  sharedSecret(secretKey: Uint8Array, peerPublicKey: Uint8Array): Uint8Array;
  /** HKDF-SHA256 (RFC 5869). */
  hkdf(ikm: Uint8Array, salt: Uint8Array, info: Uint8Array, length: number): Uint8Array;
}

export const noblePrimitives: SealPrimitives = {
  seal: (key, nonce, aad, plaintext) => chacha20poly1305(key, nonce, aad).encrypt(plaintext),
  open: (key, nonce, aad, sealed) => chacha20poly1305(key, nonce, aad).decrypt(sealed),
  sharedSecret: (secretKey, peerPublicKey) => x25519.getSharedSecret(secretKey, peerPublicKey),
  hkdf: (ikm, salt, info, length) => hkdf(sha256, ikm, salt, info, length),
};
