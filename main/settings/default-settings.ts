import { appSettingsSchema, type AppSettings } from '../../shared/protocol/console-events.js';
import { ROOM_CAP_DEFAULT } from '../../shared/protocol/room-cap.js';

export const DEFAULT_AGREEMENT = [
  'What is shared in this room stays in this room. (The one limit: if someone is in danger, the counselor may need to act.)',
  'You can pass on any question, at any time, without saying why.',
  'Answers are anonymous: nobody, not even the counselor, sees who answered what.',
  'Speak from your own experience, and keep details of painful events general.',
  'Be kind to yourself and to each other.',
].join('\n');

export const DEFAULT_SUPPORT =
  'If something today stirs up more than you can carry, please talk to the counselor after the session, or to someone you trust. If you are in danger, call your local emergency number.';

export const DEFAULT_SETTINGS: AppSettings = appSettingsSchema.parse({
  namesEnabled: false,
  kLive: 3,
  kExport: 5,
  agreement: DEFAULT_AGREEMENT,
  support: DEFAULT_SUPPORT,
  retentionDays: 30,
  roomCap: ROOM_CAP_DEFAULT,
  paperSize: 'A4',
});

/** Keeps every valid field of what was stored; anything missing or broken falls back to the default. */
export function settingsWithDefaults(stored: unknown): AppSettings {
  const merged: Record<string, unknown> = { ...DEFAULT_SETTINGS };
  if (stored && typeof stored === 'object') {
    const shape = appSettingsSchema.shape;
    for (const [key, value] of Object.entries(stored)) {
      const field = shape[key as keyof typeof shape];
      if (field && field.safeParse(value).success) merged[key] = value;
    }
  }
  return appSettingsSchema.parse(merged);
}
