/**
 * What the crowd needs of a phone: sealed requests, the step and phase of each view pushed, and
 * hanging up. Two kinds: the real participant client (tests/kits/sealed-phone.ts, socket.io-client)
 * for the integration tests, and the light one (light-phone.ts) the bench's thousands use.
 */
import type { Reply } from '../../shared/protocol/errors.js';
import type { ParticipantView } from '../../shared/protocol/views.js';
import type { SealedPhone } from '../kits/sealed-phone.js';
import type { StepViewListener } from './light-phone.js';

export interface CrowdPhone {
  request<T = object>(event: string, payload?: unknown): Promise<Reply<T>>;
  /** Each view push's step id and phase go to `listener`; undefined stops. */
  followViews(listener: StepViewListener | undefined): void;
  disconnect(): void;
}

type StepView = Pick<ParticipantView, 'phase'> & { step?: { id: string } };

export class SealedCrowdPhone implements CrowdPhone {
  private onView: ((view: StepView) => void) | undefined;

  constructor(private readonly phone: SealedPhone) {}

  request<T = object>(event: string, payload?: unknown): Promise<Reply<T>> {
    return this.phone.request<T>(event, payload);
  }

  followViews(listener: StepViewListener | undefined): void {
    if (this.onView) this.phone.off('view', this.onView);
    this.onView = listener && ((view) => listener(view.step?.id, view.phase));
    if (this.onView) this.phone.on('view', this.onView);
  }

  disconnect(): void {
    this.phone.disconnect();
  }
}
