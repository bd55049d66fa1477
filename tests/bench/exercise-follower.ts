/**
 * Phones following one exercise the way people do: each answers at a random moment within the
 * spread after its own phone shows the exercise open, then waits for the reveal. Times are wall
 * clock, so the bench process can set them against when the console acted.
 */
import type { Answer } from '../../shared/session/answer-schema.js';
import type { Crowd, ParticipantSocket } from './crowd.js';
import { wallNow } from './stats.js';

export interface ExerciseReport {
  phones: number;
  answered: number;
  errors: Record<string, number>;
  /** Answer send → acknowledgement, ms, as each phone saw it. */
  ackLatencies: number[];
  /** When the last phone saw the exercise open / revealed (wall clock, ms); null if one never did. */
  lastOpenSeenAt: number | null;
  lastRevealSeenAt: number | null;
  /** When the last acknowledgement arrived (wall clock, ms). */
  lastAckAt: number;
}

export class ExerciseFollower {
  private readonly errors: Record<string, number> = {};
  private readonly ackLatencies: number[] = [];
  private openSeen = 0;
  private revealSeen = 0;
  private lastOpenSeenAt = 0;
  private lastRevealSeenAt = 0;
  private lastAckAt = 0;
  private settled = 0;
  private onAllAnswered?: () => void;
  private onAllRevealed?: () => void;

  private readonly phones: { index: number; socket: ParticipantSocket }[];

  constructor(
    private readonly crowd: Crowd,
    private readonly stepId: string,
    answers: Answer[],
    spreadMs: number,
  ) {
    this.phones = crowd.joinedPhones();
    this.phones.forEach(({ index, socket }, i) => {
      let opened = false;
      let revealed = false;
      // The bench reads a view's step and phase only; the bare relay sends only these.
      socket.followViews((viewStepId, phase) => {
        if (viewStepId !== stepId) return;
        if (!opened && phase === 'open') {
          opened = true;
          this.openSeen++;
          this.lastOpenSeenAt = Math.max(this.lastOpenSeenAt, wallNow());
          const answer = answers[i % answers.length] as Answer;
          setTimeout(() => void this.answer(index, answer), Math.random() * spreadMs);
        }
        if (!revealed && phase === 'revealed') {
          revealed = true;
          this.revealSeen++;
          this.lastRevealSeenAt = Math.max(this.lastRevealSeenAt, wallNow());
          if (this.revealSeen === this.phones.length) this.onAllRevealed?.();
        }
      });
    });
  }

  /** Through the crowd, so it remembers the acknowledged answer for a later resume check. */
  private async answer(index: number, answer: Answer): Promise<void> {
    const sentAt = performance.now();
    const outcome = await this.crowd.answerOne(index, this.stepId, answer);
    if (outcome === 'ok') {
      this.ackLatencies.push(performance.now() - sentAt);
      this.lastAckAt = Math.max(this.lastAckAt, wallNow());
    } else {
      this.errors[outcome] = (this.errors[outcome] ?? 0) + 1;
    }
    this.settled++;
    if (this.settled === this.phones.length) this.onAllAnswered?.();
  }

  /** Every phone has its answer acknowledged or refused. */
  allAnswered(timeoutMs: number): Promise<void> {
    return this.until(
      () => this.settled === this.phones.length,
      timeoutMs,
      (resolve) => {
        this.onAllAnswered = resolve;
      },
    );
  }

  /** Every phone has seen the reveal (or the time ran out: the report says who did not). */
  allRevealed(timeoutMs: number): Promise<void> {
    return this.until(
      () => this.revealSeen === this.phones.length,
      timeoutMs,
      (resolve) => {
        this.onAllRevealed = resolve;
      },
    );
  }

  private until(done: () => boolean, timeoutMs: number, hook: (resolve: () => void) => void) {
    return new Promise<void>((resolve) => {
      if (done()) return resolve();
      const timer = setTimeout(resolve, timeoutMs);
      hook(() => {
        clearTimeout(timer);
        resolve();
      });
    });
  }

  report(): ExerciseReport {
    for (const { socket } of this.phones) socket.followViews(undefined);
    const all = this.phones.length;
    return {
      phones: all,
      answered: this.ackLatencies.length,
      errors: this.errors,
      ackLatencies: this.ackLatencies,
      lastOpenSeenAt: this.openSeen === all ? this.lastOpenSeenAt : null,
      lastRevealSeenAt: this.revealSeen === all ? this.lastRevealSeenAt : null,
      lastAckAt: this.lastAckAt,
    };
  }
}
