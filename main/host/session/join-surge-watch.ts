/**
 * When many seats are taken at once: at least `minJoins` joins within `windowMs` starts a surge,
 * and every join that follows within `gapMs` of the previous one belongs to it. People walking
 * in and scanning a code arrive seconds apart; a script arrives all at once.
 */
export interface SurgeRule {
  minJoins: number;
  windowMs: number;
  gapMs: number;
}

export const DEFAULT_SURGE_RULE: SurgeRule = { minJoins: 10, windowMs: 3000, gapMs: 1500 };

export interface JoinSurge {
  id: string;
  /** In order of joining; ids only, in memory only (never journaled or exported). */
  participantIds: string[];
  firstAt: number;
  lastAt: number;
  dismissed: boolean;
}

interface Join {
  participantId: string;
  at: number;
}

/** The surges of the open session, found as joins arrive; O(1) amortised per join. */
export class JoinSurgeWatch {
  /** Joins of the last `windowMs` that are not part of a surge yet. */
  private recent: Join[] = [];
  private readonly surges: JoinSurge[] = [];
  /** The surge the next join may still extend. */
  private growing: JoinSurge | undefined;

  constructor(private readonly rule: SurgeRule = DEFAULT_SURGE_RULE) {}

  noteJoin(participantId: string, at: number): void {
    const growing = this.growing;
    if (growing && at - growing.lastAt <= this.rule.gapMs) {
      growing.participantIds.push(participantId);
      growing.lastAt = Math.max(growing.lastAt, at);
      return;
    }
    this.growing = undefined;
    this.recent.push({ participantId, at });
    while (this.recent[0]!.at < at - this.rule.windowMs) this.recent.shift();
    if (this.recent.length < this.rule.minJoins) return;
    const surge: JoinSurge = {
      id: `surge-${this.surges.length + 1}`,
      participantIds: this.recent.map((j) => j.participantId),
      firstAt: this.recent[0]!.at,
      lastAt: at,
      dismissed: false,
    };
    this.surges.push(surge);
    this.growing = surge;
    this.recent = [];
  }

  find(surgeId: string): JoinSurge | undefined {
    return this.surges.find((s) => s.id === surgeId);
  }

  /** The newest surges first, dismissed ones left out. */
  undismissed(): JoinSurge[] {
    return this.surges.filter((s) => !s.dismissed).reverse();
  }

  dismiss(surgeId: string): boolean {
    const surge = this.find(surgeId);
    if (!surge) return false;
    surge.dismissed = true;
    return true;
  }
}
