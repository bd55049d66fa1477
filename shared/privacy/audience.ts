/**
 * Every surface that can show an aggregate (DESIGN.md §4.8). Each one asks `gateAggregate`
 * what it may show; none aggregates answers itself.
 */
export const AUDIENCES = ['phone', 'projector', 'console', 'takeaway', 'report', 'csv'] as const;
export type Audience = (typeof AUDIENCES)[number];

/** Which rule an audience follows: the live room's (k_live), the counselor's, or rule 5's. */
export const AUDIENCE_RULE = {
  phone: 'room',
  projector: 'room',
  console: 'live',
  takeaway: 'export',
  report: 'export',
  csv: 'export',
} as const satisfies Record<Audience, 'room' | 'live' | 'export'>;
