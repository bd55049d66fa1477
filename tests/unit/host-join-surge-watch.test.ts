import { describe, expect, it } from 'vitest';
import { JoinSurgeWatch } from '../../main/host/session/join-surge-watch.js';

const rule = { minJoins: 10, windowMs: 3000, gapMs: 1500 };

function joinsAt(watch: JoinSurgeWatch, prefix: string, times: number[]): string[] {
  const ids = times.map((_, i) => `${prefix}${i}`);
  times.forEach((at, i) => watch.noteJoin(ids[i]!, at));
  return ids;
}

describe('join surge watch', () => {
  it('a group arriving seconds apart is no surge', () => {
    const watch = new JoinSurgeWatch(rule);
    joinsAt(
      watch,
      'p',
      Array.from({ length: 40 }, (_, i) => i * 2000),
    );
    expect(watch.undismissed()).toEqual([]);
  });

  it('nine joins at once are no surge; the tenth within 3 s starts one with all ten', () => {
    const watch = new JoinSurgeWatch(rule);
    const first = joinsAt(watch, 'a', Array<number>(9).fill(1000));
    expect(watch.undismissed()).toEqual([]);
    watch.noteJoin('a9', 3900);
    const [surge] = watch.undismissed();
    expect(surge).toMatchObject({ firstAt: 1000, lastAt: 3900, participantIds: [...first, 'a9'] });
  });

  it('joins before the dense window stay out; joins right after it extend the surge until a gap', () => {
    const watch = new JoinSurgeWatch(rule);
    watch.noteJoin('real-early', 0);
    const burst = joinsAt(watch, 'b', Array<number>(50).fill(10_000));
    watch.noteJoin('trickle', 11_200);
    watch.noteJoin('real-late', 20_000);
    const [surge] = watch.undismissed();
    expect(surge!.participantIds).toEqual([...burst, 'trickle']);
    expect(surge!.lastAt).toBe(11_200);
  });

  it('a second burst after a gap is a second surge, listed first; dismissing hides only that one', () => {
    const watch = new JoinSurgeWatch(rule);
    joinsAt(watch, 'x', Array<number>(12).fill(0));
    joinsAt(watch, 'y', Array<number>(15).fill(60_000));
    const [newest, older] = watch.undismissed();
    expect(newest!.participantIds).toHaveLength(15);
    expect(older!.participantIds).toHaveLength(12);
    expect(watch.dismiss(newest!.id)).toBe(true);
    expect(watch.undismissed().map((s) => s.id)).toEqual([older!.id]);
    expect(watch.dismiss('surge-99')).toBe(false);
  });
});
