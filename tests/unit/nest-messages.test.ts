/**
 * The phone reads its flat catalog as nested objects: a plain message is its text, a message with
 * arguments a function of exactly them, and a rebuilt reading speaks the newly active language.
 */
import { describe, expect, expectTypeOf, it } from 'vitest';
import { nestMessages } from '../../renderer/common/i18n/nest-messages.js';
import { createTranslator } from '../../renderer/common/i18n/translator.js';

const english = {
  'join.title': 'Join the group',
  'join.errors.FULL': 'This room is full.',
  'waiting.greeting': 'You’re in, {name}',
  'results.count': '{count, plural, one {# person answered} other {# people answered}}',
} as const;

const spanish: Record<keyof typeof english, string> = {
  'join.title': 'Únete al grupo',
  'join.errors.FULL': 'Esta sala está llena.',
  'waiting.greeting': 'Ya estás dentro, {name}',
  'results.count': '{count, plural, one {# persona respondió} other {# personas respondieron}}',
};

describe('nestMessages', () => {
  it('reads dotted keys as paths, with typed arguments', () => {
    const translator = createTranslator(english);
    const strings = nestMessages(english, translator.t);
    expect(strings.join.title).toBe('Join the group');
    expect(strings.join.errors.FULL).toBe('This room is full.');
    expect(strings.waiting.greeting({ name: 'Ana' })).toBe('You’re in, Ana');
    expect(strings.results.count({ count: 1 })).toBe('1 person answered');
    expect(strings.results.count({ count: 3 })).toBe('3 people answered');
    expectTypeOf(strings.join.title).toEqualTypeOf<string>();
    expectTypeOf(strings.waiting.greeting)
      .parameter(0)
      .toEqualTypeOf<Record<'name', string | number>>();
  });

  it('speaks the active language once rebuilt', () => {
    const translator = createTranslator(english);
    translator.activate('es', spanish);
    const strings = nestMessages(english, translator.t);
    expect(strings.join.title).toBe('Únete al grupo');
    expect(strings.results.count({ count: 2 })).toBe('2 personas respondieron');
  });
});
