/**
 * The bounds of the counselor's settings as plain constants, in a module without zod: the
 * settings form uses them for its inputs; sessionSettingsSchema (console-events.ts) enforces them.
 */
export const SETTINGS_BOUNDS = {
  /** Fewest answers before the room sees an aggregate (DESIGN.md §4). */
  kLive: { min: 2, max: 50 },
  /** Fewest answers before an export shows an aggregate. */
  kExport: { min: 3, max: 50 },
  retentionDays: { min: 1, max: 365 },
  agreementMaxLength: 3000,
  supportMaxLength: 1000,
  /** Helpline, crisis line and the counselor's contact. */
  contactMaxLength: 300,
  joinAddressMaxLength: 100,
} as const;
