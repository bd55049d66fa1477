/**
 * X25519 (RFC 7748) on @noble/curves' own Montgomery ladder, with the curve's published
 * parameters, exactly as @noble/curves/ed25519.js builds its `x25519` minus the optional
 * Edwards fixed-base tables (a speed-up for making public keys that costs the phone app
 * about 7 KB gzip). Same ladder, same clamping, same low-order checks: the outputs are
 * identical, which tests/unit/shared-seal-x25519.test.ts checks against RFC 7748's vectors and
 * against the library's full x25519.
 */
import { montgomery } from '@noble/curves/abstract/montgomery.js';
import { pow } from '@noble/curves/abstract/modular.js';

/** 2^255 - 19. */
const P = 2n ** 255n - 19n;

/** RFC 7748 §5: decoding 32 random bytes as an X25519 scalar (as in @noble/curves' ed25519.js). */
function adjustScalarBytes(bytes: Uint8Array): Uint8Array {
  bytes[0]! &= 248;
  bytes[31]! &= 127;
  bytes[31]! |= 64;
  return bytes;
}

export const x25519 = montgomery({
  P,
  type: 'x25519',
  adjustScalarBytes,
  // Inversion by Fermat's little theorem: x^(p-2), with the library's modular exponentiation.
  powPminus2: (x) => pow(x, P - 2n, P),
});
