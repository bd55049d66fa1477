import { describe, expect, it } from 'vitest';
import {
  PHONES_BETWEEN_CLOCK_READS,
  PHONES_PER_SLICE,
  SLICE_BUDGET_MS,
  sendPassInSlices,
} from '../../main/host/sockets/pass-slices.js';

/** A clock that moves only when a send costs time. */
function costlyClock(msPerSend: number) {
  let time = 0;
  return { now: () => time, spend: () => (time += msPerSend) };
}

const targets = (n: number) => Array.from({ length: n }, (_, i) => i);

describe('a room-wide pass in slices', () => {
  it('sends a pass that fits one slice at once', () => {
    const sent: number[] = [];
    const pass = sendPassInSlices(
      targets(40),
      () => (t) => sent.push(t),
      () => 0,
    );
    expect(pass).toBeUndefined();
    expect(sent).toEqual(targets(40));
  });

  it('never sends more than a slice of phones without freeing the loop, however fast', async () => {
    const sent: number[] = [];
    const pass = sendPassInSlices(
      targets(600),
      () => (t) => sent.push(t),
      () => 0,
    );
    expect(sent).toHaveLength(PHONES_PER_SLICE);
    await pass;
    expect(sent).toEqual(targets(600));
  });

  it('frees the loop once a slice has spent its time, so an answer waiting meanwhile is acknowledged before the pass ends', async () => {
    const clock = costlyClock(1);
    const order: string[] = [];
    // An acknowledgement due on the loop's next turn, like an answer read while the pass runs.
    setImmediate(() => order.push('ack'));
    const pass = sendPassInSlices(
      targets(100),
      () => (t) => {
        clock.spend();
        order.push(`send ${t}`);
      },
      clock.now,
    );
    const firstSlice = order.length;
    expect(firstSlice).toBeGreaterThanOrEqual(SLICE_BUDGET_MS);
    expect(firstSlice).toBeLessThanOrEqual(SLICE_BUDGET_MS + PHONES_BETWEEN_CLOCK_READS);
    const busyMs = await pass;
    expect(order.indexOf('ack')).toBe(firstSlice);
    expect(order.filter((entry) => entry !== 'ack')).toEqual(targets(100).map((t) => `send ${t}`));
    expect(busyMs).toBe(100);
  });

  it('ends the pass when a slice finds no session to send', async () => {
    const clock = costlyClock(1);
    const sent: number[] = [];
    let open = true;
    const pass = sendPassInSlices(
      targets(100),
      () =>
        open
          ? (t) => {
              clock.spend();
              sent.push(t);
            }
          : undefined,
      clock.now,
    );
    const firstSlice = sent.length;
    open = false;
    await pass;
    expect(firstSlice).toBeLessThan(100);
    expect(sent).toHaveLength(firstSlice);
  });
});
