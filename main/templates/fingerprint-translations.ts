import { Document, isAlias, isMap, isScalar, parseDocument, Scalar } from 'yaml';
import { sourceTag } from '../../shared/template/source-tag.js';
import { templateSchema } from '../../shared/template/template-schema.js';
import { sourceTexts } from '../../shared/template/translatable-texts.js';

export type FingerprintResult =
  { ok: true; text: string; fingerprinted: number } | { ok: false; message: string };

/**
 * A translator writes each translation as plain text (`title: Bienvenida`); this turns every
 * such text into `{ source: <fingerprint of the text it translates>, text: … }`, the form
 * `templates:check` compares with the source to find stale translations. Everything else in
 * the file, comments included, stays as written: only the `translations` block is rewritten.
 */
export function fingerprintTranslations(yamlText: string): FingerprintResult {
  const document = parseDocument(yamlText);
  if (document.errors.length > 0) return { ok: false, message: document.errors[0]!.message };
  const { translations, ...rest } = (document.toJS() ?? {}) as Record<string, unknown>;
  const parsed = templateSchema.safeParse(rest);
  if (!parsed.success) {
    return { ok: false, message: 'fix the workshop itself first (npm run templates:check)' };
  }
  let fingerprinted = 0;
  for (const language of Object.keys((translations as object | undefined) ?? {})) {
    for (const source of sourceTexts(parsed.data)) {
      const path = ['translations', language, ...source.key];
      const found = document.getIn(path, true);
      // An alias (`body: *agreement-es`) is written out: each text carries its own fingerprint.
      const node = isAlias(found) ? found.resolve(document) : found;
      if (!isScalar(node) || typeof node.value !== 'string') continue;
      document.setIn(path, translatedNode(document, source.text, node));
      fingerprinted += 1;
    }
  }
  return { ok: true, text: withTranslations(yamlText, document), fingerprinted };
}

/** The file as written, with its top-level `translations` block replaced by the new one. */
function withTranslations(yamlText: string, document: Document): string {
  const contents = document.contents;
  const pair = isMap(contents)
    ? contents.items.find((p) => isScalar(p.key) && p.key.value === 'translations')
    : undefined;
  const keyRange = isScalar(pair?.key) ? pair.key.range : undefined;
  const valueRange = (pair?.value as { range?: [number, number, number] } | undefined)?.range;
  if (!pair || !keyRange || !valueRange) return document.toString({ lineWidth: 0 });
  // The comment above `translations:` is in the text kept before it: not written twice.
  const block = new Document({ translations: null });
  block.set('translations', pair.value);
  const text = block.toString({ lineWidth: 0 });
  const end = valueRange[2];
  return yamlText.slice(0, keyRange[0]) + text + yamlText.slice(end).replace(/^\n/, '');
}

function translatedNode(document: Document, sourceText: string, text: Scalar): unknown {
  const value = String(text.value);
  const map = document.createNode({ source: sourceTag(sourceText), text: value });
  if (isMap(map)) {
    const textNode = map.get('text', true);
    if (isScalar(textNode) && value.includes('\n')) textNode.type = Scalar.BLOCK_LITERAL;
    // Short texts stay on one line; long ones read better as a block.
    map.flow = !value.includes('\n') && value.length <= 60;
  }
  return map;
}
