import { describe, expect, it } from 'vitest';
import { aggregateWords } from '../../shared/aggregate/aggregate-words.js';
import { isFilteredWord } from '../../shared/aggregate/word-filter.js';

// Each row disguises a listed word the way people do to get it onto the projector (issue 11).
const EVASIONS: [string, string][] = [
  ['combining diaeresis', 'bu\u0308llshit'],
  ['precomposed accent', 'shît'],
  ['stacked combining marks', 's\u0301h\u0302i\u0303t\u0304'],
  ['Cyrillic a and o in one word', 'b\u0430st\u0430rd'],
  ['Cyrillic es and i', '\u0455h\u0456t'],
  ['Greek omicron', 'assh\u03bfle'],
  ['Cyrillic u for y', 'd\u0443ke'],
  ['fullwidth letters', '\uff46\uff55\uff43\uff4b'],
  ['mathematical bold', '\ud835\udc1f\ud835\udc2e\ud835\udc1c\ud835\udc24'],
  ['zero-width space inside', 'fu\u200bck'],
  ['zero-width joiner inside', 'sh\u200dit'],
  ['soft hyphen inside', 'bit\u00adch'],
  ['word joiner inside', 'tw\u2060at'],
  ['leet digits', 'sh1t'],
  ['leet zero', 'wh0re'],
  ['leet three and one', 'r3t4rd'],
  ['dollar for s', '$hit'],
  ['at for a', 'b@stard'],
  ['pipe for l', 'bu||shit'],
  ['capital I for l', 'buIIshit'],
  ['leet plural', 'b1tch3s'],
  ['mixed case and leet', 'ShI7'],
  ['marks plus leet plus zero-width', 'f\u0308u\u200bc\u0327k3r'],
  ['inside a phrase', 'total b\u00fcllsh\u00edt'],
];

describe('word filter against disguised words', () => {
  it.each(EVASIONS)('catches %s', (_label, entry) => {
    expect(isFilteredWord(entry)).toBe(true);
  });

  it('still lets ordinary words through after folding', () => {
    const fine = ['trust', 'shitake', 'class', 'scunthorpe', 'assess', 'care', 'hello', 'café'];
    for (const word of [...fine, 'naïve', 'Grüße', 'доверие', '信頼', 'self-care', "don't"]) {
      expect(isFilteredWord(word), word).toBe(false);
    }
  });

  it('keeps every disguised variant off the word cloud', () => {
    const answers = EVASIONS.map(([, entry]) => ({
      kind: 'words' as const,
      words: [entry, 'calm'],
    }));
    const cloud = aggregateWords(answers, []);
    expect(cloud.words).toEqual([{ key: 'calm', count: EVASIONS.length }]);
  });
});
