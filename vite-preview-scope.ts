import { sep } from 'node:path';
import type { AtRule, Plugin } from 'postcss';

/**
 * The console's editor previews the step being edited with the phone's own components. The
 * phone's style sheets are written for a page of their own (`:root`, `body`, `.topbar`); in the
 * console's build (never in the phone's own) they are scoped under the preview's box, so they
 * style only it: page selectors become the box, every other selector is prefixed with it.
 */
const PHONE_FOLDER = `${sep}renderer${sep}participant${sep}`;
const ROOT = '.phone-preview-root';
const PAGE_SELECTOR = /^(:root|html|body)(?![\w-])/;

function scoped(selector: string): string {
  const trimmed = selector.trim();
  if (PAGE_SELECTOR.test(trimmed)) return trimmed.replace(PAGE_SELECTOR, ROOT);
  return `${ROOT} ${trimmed}`;
}

export function previewScope(): Plugin {
  return {
    postcssPlugin: 'circlework-preview-scope',
    Once(root) {
      if (!(root.source?.input.file ?? '').includes(PHONE_FOLDER)) return;
      root.walkRules((rule) => {
        const parent = rule.parent as AtRule | undefined;
        if (parent?.type === 'atrule' && /keyframes$/i.test(parent.name)) return;
        rule.selectors = rule.selectors.map(scoped);
      });
    },
  };
}
