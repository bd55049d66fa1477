import { describe, expect, it } from 'vitest';
import { infoBlocks } from '../../shared/template/info-blocks.js';

describe('info text: the Markdown subset workshop texts use', () => {
  it('splits paragraphs on blank lines and keeps line breaks inside one', () => {
    expect(infoBlocks('One.\nStill one.\n\nTwo.')).toEqual([
      { kind: 'paragraph', text: 'One.\nStill one.' },
      { kind: 'paragraph', text: 'Two.' },
    ]);
  });

  it('turns "- " lines into a bullet list, also straight after a paragraph line', () => {
    expect(infoBlocks('In a pattern:\n- gives more;\n- feels more.\n\nAfter.')).toEqual([
      { kind: 'paragraph', text: 'In a pattern:' },
      { kind: 'bullets', items: ['gives more;', 'feels more.'] },
      { kind: 'paragraph', text: 'After.' },
    ]);
  });

  it('numbers "1. " lines from their first number and joins indented continuation lines', () => {
    expect(infoBlocks('3. Pause.\n   Breathe first.\n4. Say no.')).toEqual([
      { kind: 'numbered', start: 3, items: ['Pause. Breathe first.', 'Say no.'] },
    ]);
  });

  it('keeps markup as plain text: nothing becomes HTML', () => {
    const blocks = infoBlocks('<img src=x onerror=alert(1)>\n- <b>bold</b> [link](http://x)');
    expect(blocks).toEqual([
      { kind: 'paragraph', text: '<img src=x onerror=alert(1)>' },
      { kind: 'bullets', items: ['<b>bold</b> [link](http://x)'] },
    ]);
  });

  it('gives nothing for an empty text', () => {
    expect(infoBlocks('\n\n')).toEqual([]);
  });
});
