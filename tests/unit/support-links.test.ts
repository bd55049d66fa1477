import { createElement, Fragment } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { SupportText } from '../../renderer/participant/care/support-links.js';

const html = (text: string) =>
  renderToStaticMarkup(createElement(Fragment, null, ...SupportText({ text })));

describe('support text links', () => {
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
});
