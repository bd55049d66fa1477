// One seal module for both sides: an ephemeral-static X25519 handshake (plus a fresh nonce from
// the host, so a replayed handshake gets other keys), HKDF-SHA256 into two directional keys,
// and ChaCha20-Poly1305 envelopes with counter nonces. Only audited primitives (seal-primitives.ts):
// the @noble family on the phone (pure JS, so it runs on plain-HTTP pages where WebCrypto is
// unavailable), the same algorithms from node:crypto on the host.
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, concatBytes, randomBytes, utf8ToBytes } from '@noble/hashes/utils.js';
import { noblePrimitives, type SealPrimitives } from './seal-primitives.js';
import { x25519 } from './x25519.js';

const HANDSHAKE_INFO = utf8ToBytes('circlework seal v1');
const COUNTER_BYTES = 8;
/** decode() without streaming keeps no state between calls: one decoder serves every message. */
const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true });
export const KEY_BYTES = 32;
export const HOST_NONCE_BYTES = 16;

export interface HostSealKey {
  readonly secretKey: Uint8Array;
  readonly publicKey: Uint8Array;
  /** Hex of the first 16 bytes of SHA-256(publicKey); travels only in the QR link's fragment. */
  readonly fingerprint: string;
}

export class SealError extends Error {}

/** Fresh host key: call once per session so every session has its own keys. */
export function createHostSealKey(): HostSealKey {
  return hostSealKeyFrom(x25519.utils.randomSecretKey());
}

/** The host key of 32 secret bytes (the host derives them from the session's own data key). */
export function hostSealKeyFrom(secretKey: Uint8Array): HostSealKey {
  if (secretKey.length !== KEY_BYTES) throw new SealError('a seal key is 32 bytes');
  const publicKey = x25519.getPublicKey(secretKey);
  return { secretKey, publicKey, fingerprint: fingerprintOf(publicKey) };
}

export function fingerprintOf(publicKey: Uint8Array): string {
  return bytesToHex(sha256(publicKey).subarray(0, 16));
}

/**
 * One direction-aware AEAD channel. The nonce is the message counter, which only ever
 * increases, so a nonce never repeats under a key; a message whose counter is not above the
 * last accepted one (a replay, or one dropped in between and re-sent) is refused.
 */
export class SealChannel {
  private sendCounter = 0n;
  private lastReceived = -1n;

  constructor(
    private readonly sendKey: Uint8Array,
    private readonly receiveKey: Uint8Array,
    private readonly primitives: SealPrimitives = noblePrimitives,
  ) {}

  seal(plaintext: Uint8Array): Uint8Array {
    return this.sealParts([plaintext]);
  }

  /** One envelope holding the `parts` joined (a message's JSON in pieces, each UTF-8). */
  sealParts(parts: readonly Uint8Array[]): Uint8Array {
    const counter = this.sendCounter;
    this.sendCounter += 1n;
    const header = counterBytes(counter);
    const nonce = nonceOf(header);
    const { primitives } = this;
    if (primitives.sealEnvelope) return primitives.sealEnvelope(this.sendKey, nonce, header, parts);
    const plaintext = parts.length === 1 ? parts[0]! : concatBytes(...parts);
    return concatBytes(header, primitives.seal(this.sendKey, nonce, header, plaintext));
  }

  open(envelope: Uint8Array): Uint8Array {
    if (envelope.length < COUNTER_BYTES + 16) throw new SealError('envelope too short');
    const header = envelope.subarray(0, COUNTER_BYTES);
    const counter = new DataView(header.buffer, header.byteOffset, COUNTER_BYTES).getBigUint64(0);
    if (counter <= this.lastReceived) throw new SealError('replayed message');
    let plaintext: Uint8Array;
    try {
      plaintext = this.primitives.open(
        this.receiveKey,
        nonceOf(header),
        header,
        envelope.subarray(COUNTER_BYTES),
      );
    } catch {
      throw new SealError('altered message');
    }
    this.lastReceived = counter;
    return plaintext;
  }

  sealText(text: string): Uint8Array {
    return this.seal(utf8ToBytes(text));
  }

  openText(envelope: Uint8Array): string {
    return STRICT_UTF8.decode(this.open(envelope));
  }
}

/** The phone's half of a handshake: its hello goes out, the host's key and nonce come back. */
export interface PhoneHello {
  readonly hello: Uint8Array;
  /** Checks the host key against the joining link's fingerprint when there is one. */
  finish(
    hostPublicKey: Uint8Array,
    hostNonce: Uint8Array,
    expectedFingerprint: string | undefined,
  ): SealChannel;
}

/**
 * Phone side: a fresh ephemeral key for every connection. A phone uses the @noble primitives;
 * the bench's thousands of simulated phones may use node:crypto's, the same algorithms.
 */
export function phoneHello(primitives: SealPrimitives = noblePrimitives): PhoneHello {
  const ephemeralSecret = x25519.utils.randomSecretKey();
  const hello = x25519.getPublicKey(ephemeralSecret);
  return {
    hello,
    finish(hostPublicKey, hostNonce, expectedFingerprint) {
      if (hostPublicKey.length !== KEY_BYTES || hostNonce.length !== HOST_NONCE_BYTES) {
        throw new SealError('bad handshake');
      }
      if (
        expectedFingerprint !== undefined &&
        fingerprintOf(hostPublicKey) !== expectedFingerprint
      ) {
        throw new SealError('host key does not match the joining link');
      }
      let shared: Uint8Array;
      try {
        shared = primitives.sharedSecret(ephemeralSecret, hostPublicKey);
      } catch {
        throw new SealError('bad handshake');
      }
      const { toHost, toPhone } = deriveKeys(primitives, shared, hello, hostPublicKey, hostNonce);
      return new SealChannel(toHost, toPhone, primitives);
    },
  };
}

/**
 * Host side: the phone's ephemeral public key and a fresh host nonce give a channel with keys
 * of this connection only; the nonce goes back to the phone with the host's public key.
 */
export function hostAccept(
  hostKey: HostSealKey,
  hello: Uint8Array,
  primitives: SealPrimitives = noblePrimitives,
  nonce: Uint8Array = randomBytes(HOST_NONCE_BYTES),
): { channel: SealChannel; nonce: Uint8Array } {
  if (hello.length !== KEY_BYTES || nonce.length !== HOST_NONCE_BYTES) {
    throw new SealError('bad handshake');
  }
  let shared: Uint8Array;
  try {
    shared = primitives.sharedSecret(hostKey.secretKey, hello);
  } catch {
    throw new SealError('bad handshake');
  }
  const { toHost, toPhone } = deriveKeys(primitives, shared, hello, hostKey.publicKey, nonce);
  return { channel: new SealChannel(toPhone, toHost, primitives), nonce };
}

function deriveKeys(
  primitives: SealPrimitives,
  shared: Uint8Array,
  phonePublic: Uint8Array,
  hostPublic: Uint8Array,
  hostNonce: Uint8Array,
): { toHost: Uint8Array; toPhone: Uint8Array } {
  // Both public keys and the host's nonce go into the salt, so the keys are bound to this exact
  // handshake and someone replaying a recorded hello gets keys the recording does not open.
  const salt = concatBytes(phonePublic, hostPublic, hostNonce);
  const okm = primitives.hkdf(shared, salt, HANDSHAKE_INFO, 64);
  return { toHost: okm.slice(0, 32), toPhone: okm.slice(32, 64) };
}

function counterBytes(counter: bigint): Uint8Array {
  const header = new Uint8Array(COUNTER_BYTES);
  new DataView(header.buffer).setBigUint64(0, counter);
  return header;
}

function nonceOf(header: Uint8Array): Uint8Array {
  const nonce = new Uint8Array(12);
  nonce.set(header, 12 - COUNTER_BYTES);
  return nonce;
}
