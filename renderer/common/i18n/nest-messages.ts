import type { MessageValues } from '../../../shared/i18n/catalog-translate.js';

/** An argument's name: the text up to its `,` (plural, select) or `}`; `{# people}` is no name. */
type ArgumentHead<S extends string> = S extends `${infer Before}}${string}`
  ? Before extends `${infer Name},${string}`
    ? Name extends `${string}${' ' | '#'}${string}`
      ? never
      : Name
    : Before extends `${string}${' ' | '#'}${string}`
      ? never
      : Before
  : never;

/** The argument names of an ICU message, as a union: `'Hi {name}'` gives `'name'`. */
export type ArgumentNames<S extends string> = S extends `${string}{${infer Inside}`
  ? ArgumentHead<Inside> | ArgumentNames<Inside>
  : never;

/** A message without arguments is its text; one with arguments asks for exactly those. */
type Leaf<S extends string> = [ArgumentNames<S>] extends [never]
  ? string
  : (values: Record<ArgumentNames<S>, string | number>) => string;

type PathObject<K extends string, V> = K extends `${infer Head}.${infer Rest}`
  ? { readonly [P in Head]: PathObject<Rest, V> }
  : { readonly [P in K]: V };

type UnionToIntersection<U> = (U extends unknown ? (u: U) => void : never) extends (
  i: infer I,
) => void
  ? I
  : never;

/** A flat catalog (`'join.title': '…'`) read as nested objects: `strings.join.title`. */
export type NestedMessages<C extends Record<string, string>> = UnionToIntersection<
  { [K in keyof C & string]: PathObject<K, Leaf<C[K]>> }[keyof C & string]
>;

/**
 * The nested reading of a flat catalog in the active language, keys typed from the English one:
 * each dotted key becomes a path, and a message with arguments becomes a function of them.
 * Plain texts are read now, so call it again after a language change.
 */
export function nestMessages<C extends Record<string, string>>(
  english: C,
  t: (key: keyof C & string, values?: MessageValues) => string,
): NestedMessages<C> {
  const root: Record<string, unknown> = {};
  for (const key of Object.keys(english) as (keyof C & string)[]) {
    const path = key.split('.');
    const leaf = path.pop() ?? key;
    let node = root;
    for (const part of path) node = (node[part] ??= {}) as Record<string, unknown>;
    node[leaf] = english[key]?.includes('{') ? (values: MessageValues) => t(key, values) : t(key);
  }
  return root as NestedMessages<C>;
}
