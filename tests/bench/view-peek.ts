/**
 * Reads a sealed "view" push only as far as the bench needs: its step id and phase. The seal
 * (shared/seal/seal-channel.ts) is ChaCha20-Poly1305 behind an 8-byte counter header, the nonce
 * that counter in 12 bytes; ChaCha20 is a stream cipher whose message starts at block 1, so the
 * head of a view decrypts alone, cheaply (@noble's ChaCha20), without node:crypto's per-message
 * cipher set-up, the rest of the view, the tag check or a JSON.parse. A real phone opens
 * everything and checks the tag; the host cannot tell the difference, which is the point.
 */
import { chacha20 } from '@noble/ciphers/chacha.js';

const COUNTER_BYTES = 8;
const TAG_BYTES = 16;
const BLOCK_BYTES = 64;
/** The first read: the relay's whole view, the host's head; each further read doubles it. */
const FIRST_READ_BYTES = 256;
const VIEW_HEAD = Buffer.from('{"e":"view","p":{');
const STEP_MARK = Buffer.from('"step":{"id":"');
const PHASE_MARK = Buffer.from('"phase":"');
const QUOTE = 0x22;

/** One buffer for every phone's peek (the generator opens one push at a time). */
let scratch = Buffer.allocUnsafe(8192);
const nonce = new Uint8Array(12);

export interface PeekedView {
  stepId: string | undefined;
  phase: string | undefined;
}

/** The step id and phase of a sealed view push; undefined when it is another push. */
export function peekView(receiveKey: Uint8Array, envelope: Uint8Array): PeekedView | undefined {
  const length = envelope.length - COUNTER_BYTES - TAG_BYTES;
  if (length < VIEW_HEAD.length) return undefined;
  if (scratch.length < length) scratch = Buffer.allocUnsafe(2 * length);
  nonce.set(envelope.subarray(0, COUNTER_BYTES), 12 - COUNTER_BYTES);
  const body = envelope.subarray(COUNTER_BYTES, COUNTER_BYTES + length);
  let read = 0;
  let stepId: string | undefined;
  let phase: string | undefined;
  while (read < length) {
    const until = Math.min(length, read === 0 ? FIRST_READ_BYTES : 2 * read);
    // Reads start on a block (256, then doubling), so the block counter is whole.
    chacha20(
      receiveKey,
      nonce,
      body.subarray(read, until),
      scratch.subarray(read, until),
      1 + read / BLOCK_BYTES,
    );
    if (read === 0 && scratch.compare(VIEW_HEAD, 0, VIEW_HEAD.length, 0, VIEW_HEAD.length) !== 0) {
      return undefined;
    }
    read = until;
    stepId ??= valueAfter(STEP_MARK, read);
    phase ??= valueAfter(PHASE_MARK, read);
    if (stepId !== undefined && phase !== undefined) break;
  }
  return { stepId, phase };
}

/** The string value after `mark` in the first `read` bytes, once its closing quote is there. */
function valueAfter(mark: Buffer, read: number): string | undefined {
  const seen = scratch.subarray(0, read);
  const at = seen.indexOf(mark);
  if (at < 0) return undefined;
  const start = at + mark.length;
  const end = seen.indexOf(QUOTE, start);
  return end < 0 ? undefined : seen.toString('utf8', start, end);
}
