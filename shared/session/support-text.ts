import type { SessionSettings } from './session-types.js';

/**
 * The support text with the domestic-abuse helpline on its own line, so every place that shows
 * support (phone, handout, worksheet, takeaway, report) carries it without knowing about it.
 */
export function withAbuseHelpline(settings: SessionSettings): SessionSettings {
  const helpline = settings.abuseHelpline?.trim();
  if (!helpline || settings.support.includes(helpline)) return settings;
  return { ...settings, support: `${settings.support}\n${ABUSE_HELPLINE_LABEL} ${helpline}` };
}

/** The label the session's support text carries (English), replaced where a surface speaks another language. */
export const ABUSE_HELPLINE_LABEL = 'Domestic-abuse helpline:';

/** The support text with the helpline's line labelled in the reader's words. */
export function relabelAbuseHelpline(support: string, label: string): string {
  return support
    .split('\n')
    .map((line) =>
      line.startsWith(ABUSE_HELPLINE_LABEL)
        ? `${label} ${line.slice(ABUSE_HELPLINE_LABEL.length).trim()}`
        : line,
    )
    .join('\n');
}
