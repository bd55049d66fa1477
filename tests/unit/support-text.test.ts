import { describe, expect, it } from 'vitest';
import { withAbuseHelpline } from '../../shared/session/support-text.js';
import type { SessionSettings } from '../../shared/session/session-types.js';

const base: SessionSettings = {
  namesEnabled: true,
  kLive: 3,
  kExport: 5,
  agreement: '',
  support: 'Crisis line: 111',
  retentionDays: 30,
};

describe('the domestic-abuse helpline next to the crisis line', () => {
  it('joins the support text on its own line', () => {
    expect(withAbuseHelpline({ ...base, abuseHelpline: ' 0800 123 ' }).support).toBe(
      'Crisis line: 111\nDomestic-abuse helpline: 0800 123',
    );
  });

  it('leaves support alone when there is none, or it is already there', () => {
    expect(withAbuseHelpline(base).support).toBe('Crisis line: 111');
    expect(withAbuseHelpline({ ...base, abuseHelpline: '  ' }).support).toBe('Crisis line: 111');
    const twice = withAbuseHelpline(withAbuseHelpline({ ...base, abuseHelpline: '0800' }));
    expect(twice.support).toBe('Crisis line: 111\nDomestic-abuse helpline: 0800');
  });
});
