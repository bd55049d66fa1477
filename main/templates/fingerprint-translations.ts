import { isMap, isScalar, parseDocument, Scalar, type Document } from 'yaml';
import { sourceTag } from '../../shared/template/source-tag.js';
import { templateSchema } from '../../shared/template/template-schema.js';
import { sourceTexts } from '../../shared/template/translatable-texts.js';

export type FingerprintResult =
  { ok: true; text: string; fingerprinted: number } | { ok: false; message: string };

/**
 * A translator writes each translation as plain text (`title: Bienvenida`); this turns every
 * such text into `{ source: <fingerprint of the text it translates>, text: … }`, the form
 * `templates:check` compares with the source to find stale translations. Everything else in
 * the file, comments included, stays as written.
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
      const node = document.getIn(path, true);
      if (!isScalar(node) || typeof node.value !== 'string') continue;
      document.setIn(path, translatedNode(document, source.text, node));
      fingerprinted += 1;
    }
  }
  return { ok: true, text: document.toString({ lineWidth: 0 }), fingerprinted };
}

function translatedNode(document: Document, sourceText: string, text: Scalar): unknown {
  const value = String(text.value);
  const map = document.createNode({ source: sourceTag(sourceText), text: value });
  if (isMap(map)) {
    const textNode = map.get('text', true);
    if (isScalar(textNode) && value.includes('\n')) textNode.type = Scalar.BLOCK_LITERAL;
    map.flow = !value.includes('\n');
  }
  return map;
}
