import { describe, expect, it } from 'vitest';
import { makeSafeText } from '../../main/exports/layout/safe-text.js';
import { openDocument } from '../../main/exports/layout/page-frame.js';

const frame = openDocument({
  paperSize: 'A4',
  title: 'Safe text',
  documentLabel: 'Test',
  support: 'Support',
  language: 'en',
  creationDate: new Date(Date.UTC(2026, 0, 1)),
});

describe('text the embedded font can draw', () => {
  it('keeps Latin, Cyrillic, Greek and Vietnamese as they are', () => {
    const text = 'Grüße — Привет, как дела? — Καλημέρα — Tôi nhận ra rằng — © ½ “quotes”';
    expect(frame.safe(text)).toBe(text);
  });

  it('drops emoji, including sequences, flags and skin tones, without leaving gaps', () => {
    expect(frame.safe('I feel better 😊 now 👩‍👩‍👧 really 🇩🇪 👍🏽.')).toBe('I feel better now really.');
    expect(frame.safe('✨')).toBe('');
  });

  it('turns styled letters into plain ones and unknown scripts into a visible mark', () => {
    // ① and 漢字 are drawn as they are, from the CJK face; Thai has no embedded face.
    expect(frame.safe('𝐁𝐨𝐥𝐝 ﬁne ①')).toBe('Bold ﬁne ①');
    expect(frame.safe('漢字 ไทย ok')).toBe('漢字 ??? ok');
  });

  it('removes control characters and normalises line ends', () => {
    expect(frame.safe('a\u0007b\r\nc\rd')).toBe('ab\nc\nd');
  });

  it('uses the coverage it is given', () => {
    const asciiOnly = makeSafeText((code) => code < 0x80);
    expect(asciiOnly('naïve')).toBe('naive');
  });
});
