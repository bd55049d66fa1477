import { createElement, Fragment } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterEach, describe, expect, it } from 'vitest';
import { SupportText } from '../../renderer/participant/care/support-links.js';
import { en } from '../../renderer/participant/i18n/catalogs/en.js';
import { es } from '../../renderer/participant/i18n/catalogs/es.js';
import { activateCatalog } from '../../renderer/participant/i18n/translate.js';
import { rebuildStrings } from '../../renderer/participant/strings.js';
import { withAbuseHelpline } from '../../shared/session/support-text.js';

const html = (text: string) =>
  renderToStaticMarkup(createElement(Fragment, null, ...SupportText({ text })));

describe('support text links', () => {
  afterEach(() => {
    activateCatalog('en', en);
    rebuildStrings();
  });

  it('makes phone numbers and https links tappable', () => {
    const out = html('Call 0800 123 456 or see https://example.org/help.');
    expect(out).toContain('href="tel:0800123456"');
    expect(out).toContain('href="sms:0800123456"');
    expect(out).toContain('href="https://example.org/help"');
    expect(out).toContain('>0800 123 456</a>');
  });

  it('never turns the text into HTML', () => {
    const out = html('<img src=x onerror=alert(1)> call 112');
    expect(out).not.toContain('<img');
    expect(out).toContain('&lt;img');
    expect(out).toContain('href="tel:112"');
  });

  it('labels the host’s helpline line in the phone’s language', () => {
    const { support } = withAbuseHelpline({
      namesEnabled: true,
      kLive: 3,
      kExport: 5,
      agreement: '',
      support: 'Crisis line: 111',
      retentionDays: 30,
      abuseHelpline: '016 016',
    });
    activateCatalog('es', es);
    rebuildStrings();
    const out = html(support);
    expect(out).toContain('Línea de ayuda contra la violencia doméstica: <span');
    expect(out).toContain('href="tel:016016"');
    expect(out).not.toContain('Domestic-abuse');
    expect(out).toContain('Crisis line: ');
  });
});
