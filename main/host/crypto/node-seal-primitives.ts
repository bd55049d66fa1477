import {
  createCipheriv,
  createDecipheriv,
  createPrivateKey,
  createPublicKey,
  diffieHellman,
  hkdfSync,
  type KeyObject,
} from 'node:crypto';
import type { SealPrimitives } from '../../../shared/seal/seal-primitives.js';

const TAG_BYTES = 16;
/** DER prefixes of an X25519 key (RFC 8410): PKCS#8 for a secret key, SPKI for a public one. */
const PKCS8_X25519 = Buffer.from('302e020100300506032b656e04220420', 'hex');
const SPKI_X25519 = Buffer.from('302a300506032b656e032100', 'hex');

/** The door's secret key is used for every handshake of a session: parsed once. */
const secretKeys = new WeakMap<Uint8Array, KeyObject>();

function secretKeyObject(secretKey: Uint8Array): KeyObject {
  let key = secretKeys.get(secretKey);
  if (!key) {
    key = createPrivateKey({
      key: Buffer.concat([PKCS8_X25519, secretKey]),
      format: 'der',
      type: 'pkcs8',
    });
    secretKeys.set(secretKey, key);
  }
  return key;
}

/**
 * The seal's primitives from node:crypto (OpenSSL) for the host: the same algorithms as the
 * phone's @noble ones, byte for byte, at a fraction of the CPU (see the bench's seal rows).
 */
export const nodeSealPrimitives: SealPrimitives = {
  seal(key, nonce, aad, plaintext) {
    const cipher = createCipheriv('chacha20-poly1305', key, nonce, { authTagLength: TAG_BYTES });
    cipher.setAAD(aad, { plaintextLength: plaintext.length });
    return Buffer.concat([cipher.update(plaintext), cipher.final(), cipher.getAuthTag()]);
  },
  sealEnvelope(key, nonce, aad, parts) {
    const cipher = createCipheriv('chacha20-poly1305', key, nonce, { authTagLength: TAG_BYTES });
    let plaintextLength = 0;
    for (const part of parts) plaintextLength += part.length;
    cipher.setAAD(aad, { plaintextLength });
    // The stream cipher's output is as long as its input: the envelope is allocated once.
    const envelope = Buffer.allocUnsafe(aad.length + plaintextLength + TAG_BYTES);
    envelope.set(aad, 0);
    let at = aad.length;
    for (const part of parts) {
      const chunk = cipher.update(part);
      envelope.set(chunk, at);
      at += chunk.length;
    }
    const last = cipher.final();
    envelope.set(last, at);
    envelope.set(cipher.getAuthTag(), at + last.length);
    return envelope;
  },
  open(key, nonce, aad, sealed) {
    if (sealed.length < TAG_BYTES) throw new Error('sealed data too short');
    const body = sealed.subarray(0, sealed.length - TAG_BYTES);
    const decipher = createDecipheriv('chacha20-poly1305', key, nonce, {
      authTagLength: TAG_BYTES,
    });
    decipher.setAAD(aad, { plaintextLength: body.length });
    decipher.setAuthTag(sealed.subarray(sealed.length - TAG_BYTES));
    return Buffer.concat([decipher.update(body), decipher.final()]);
  },
  sharedSecret(secretKey, peerPublicKey) {
    const publicKey = createPublicKey({
      key: Buffer.concat([SPKI_X25519, peerPublicKey]),
      format: 'der',
      type: 'spki',
    });
    const shared = diffieHellman({ privateKey: secretKeyObject(secretKey), publicKey });
    // A low-order peer key gives all zeros; OpenSSL refuses it too, this makes sure.
    if (shared.every((byte) => byte === 0)) throw new Error('low-order public key');
    return shared;
  },
  hkdf: (ikm, salt, info, length) => new Uint8Array(hkdfSync('sha256', ikm, salt, info, length)),
};
