import type { SessionSettings } from './session-types.js';

/**
 * The support text with the domestic-abuse helpline on its own line, so every place that shows
 * support (phone, handout, worksheet, takeaway, report) carries it without knowing about it.
 */
export function withAbuseHelpline(settings: SessionSettings): SessionSettings {
  const helpline = settings.abuseHelpline?.trim();
  if (!helpline || settings.support.includes(helpline)) return settings;
  return { ...settings, support: `${settings.support}\nDomestic-abuse helpline: ${helpline}` };
}
