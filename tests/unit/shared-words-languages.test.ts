import { describe, expect, it } from 'vitest';
import { aggregateWords } from '../../shared/aggregate/aggregate-words.js';
import { normaliseWord } from '../../shared/aggregate/normalise-word.js';

const words = (...list: string[]) => ({ kind: 'words' as const, words: list });

describe('the word cloud keeps each language readable', () => {
  it('keeps Spanish accents and ñ, composed or not, and folds case', () => {
    expect(normaliseWord('Compañía')).toBe('compañía');
    // The same word typed with combining accents (as some keyboards send it) counts together.
    expect(normaliseWord('Compan\u0303i\u0301a')).toBe('compañía');
    expect(normaliseWord('¡Confianza!')).toBe('confianza');
    expect(normaliseWord('ÁNIMO')).toBe('ánimo');
    expect(normaliseWord('pingüino')).toBe('pingüino');
  });

  it('keeps Arabic letters, vowel marks and digits; drops only punctuation and tatweel', () => {
    expect(normaliseWord('ثقة')).toBe('ثقة');
    expect(normaliseWord('ثقــة')).toBe('ثقة');
    expect(normaliseWord('أمان،')).toBe('أمان');
    expect(normaliseWord('احترام؟')).toBe('احترام');
    expect(normaliseWord('حُبّ')).toBe('حُبّ');
    expect(normaliseWord('٣ أشياء')).toBe('٣ أشياء');
    // Presentation forms (from old keyboards or copy-paste) fold into the letters they draw.
    expect(normaliseWord('\ufe8b\ufee3\ufe8e\ufee5')).toBe('ئمان');
  });

  it('keeps the joiner Persian writes inside a word', () => {
    expect(normaliseWord('می\u200cخواهم')).toBe('می\u200cخواهم');
    expect(normaliseWord('\u200cصبر\u200c')).toBe('صبر');
  });

  it('counts words of three languages side by side, none lost to the filter', () => {
    const aggregate = aggregateWords(
      [
        words('Trust'),
        words('trust'),
        words('Confianza'),
        words('confianza'),
        words('ثقة'),
        words('ثقــة'),
        words('respeto', 'احترام', 'respect'),
      ],
      [],
    );
    expect(aggregate.respondents).toBe(7);
    expect(aggregate.words).toEqual([
      { key: 'confianza', count: 2 },
      { key: 'trust', count: 2 },
      { key: 'ثقة', count: 2 },
      { key: 'respect', count: 1 },
      { key: 'respeto', count: 1 },
      { key: 'احترام', count: 1 },
    ]);
  });

  it('the filter lets everyday Arabic and Spanish words through', () => {
    const everyday = [
      'حب',
      'أمان',
      'سلام',
      'صداقة',
      'هدوء',
      'دعم',
      'cariño',
      'paz',
      'apoyo',
      'calma',
    ];
    const aggregate = aggregateWords(
      everyday.map((w) => words(w)),
      [],
    );
    expect(aggregate.words.map((w) => w.key).sort()).toEqual([...everyday].sort());
  });
});
