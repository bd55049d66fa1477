import type { SessionState } from '../../../shared/session/session-types.js';
import type { SessionSummary } from '../../../shared/protocol/views.js';

const DAY_MS = 24 * 60 * 60 * 1000;

export function monthOf(epochMs: number): string {
  const date = new Date(epochMs);
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}`;
}

export function expiresInDays(createdAt: number, retentionDays: number, now: number): number {
  return Math.max(0, Math.ceil((createdAt + retentionDays * DAY_MS - now) / DAY_MS));
}

export function isExpired(createdAt: number, retentionDays: number, now: number): boolean {
  return now >= createdAt + retentionDays * DAY_MS;
}

export function summarizeSession(
  state: SessionState,
  retentionDays: number,
  now: number,
): SessionSummary {
  return {
    sessionId: state.id,
    title: state.template.title,
    status: state.status,
    month: monthOf(state.createdAt),
    participants: Object.values(state.participants).filter((p) => !p.removed).length,
    expiresInDays: expiresInDays(state.createdAt, retentionDays, now),
  };
}
