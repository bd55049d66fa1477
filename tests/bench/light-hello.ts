/**
 * The phone's half of the seal handshake (phoneHello in shared/seal/seal-channel.ts) with its
 * ephemeral key pair made by node:crypto instead of the phone's pure-JS ladder (@noble, no
 * tables): about 20× less CPU per connection, which the bench's generator pays thousands of
 * times within seconds (the joins, the reconnect storm). Same X25519, same key schedule (restated
 * here; tests/unit/bench-light-hello.test.ts holds it to the host's own hostAccept), same
 * SealChannel; the receiving key is kept for reading pushes (view-peek.ts).
 */
import { generateKeyPairSync } from 'node:crypto';
import { nodeSealPrimitives } from '../../main/host/crypto/node-seal-primitives.js';
import {
  HOST_NONCE_BYTES,
  KEY_BYTES,
  SealChannel,
  SealError,
} from '../../shared/seal/seal-channel.js';

const HANDSHAKE_INFO = Buffer.from('circlework seal v1');

export interface LightHello {
  /** The ephemeral public key, as the phone sends it in its hello. */
  readonly hello: Uint8Array;
  finish(
    hostPublicKey: Uint8Array,
    hostNonce: Uint8Array,
  ): { channel: SealChannel; receiveKey: Uint8Array };
}

export function lightHello(): LightHello {
  const pair = generateKeyPairSync('x25519');
  // The raw 32 bytes end both DER encodings (RFC 8410).
  const hello = pair.publicKey.export({ type: 'spki', format: 'der' }).subarray(-KEY_BYTES);
  const secret = pair.privateKey.export({ type: 'pkcs8', format: 'der' }).subarray(-KEY_BYTES);
  return {
    hello,
    finish(hostPublicKey, hostNonce) {
      if (hostPublicKey.length !== KEY_BYTES || hostNonce.length !== HOST_NONCE_BYTES) {
        throw new SealError('bad handshake');
      }
      const shared = nodeSealPrimitives.sharedSecret(secret, hostPublicKey);
      const salt = Buffer.concat([hello, hostPublicKey, hostNonce]);
      const keys = nodeSealPrimitives.hkdf(shared, salt, HANDSHAKE_INFO, 2 * KEY_BYTES);
      const toHost = keys.slice(0, KEY_BYTES);
      const toPhone = keys.slice(KEY_BYTES);
      return { channel: new SealChannel(toHost, toPhone, nodeSealPrimitives), receiveKey: toPhone };
    },
  };
}
