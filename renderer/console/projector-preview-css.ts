import projectorCss from '../projector/projector.css?raw';

/**
 * The projector's style sheet, scoped to the editor's preview box: it is written for a page of
 * its own (`:root`, `body`, sizes in vh and vw of a 1920×1080 screen). The browser parses it; each
 * selector is prefixed with the box and each viewport unit fixed to that screen. Adopted through
 * the CSSOM, which the console's Content-Security-Policy allows (no inline <style>).
 */
const ROOT = '.projector-preview-root';
const SCREEN = { width: 1920, height: 1080 };
const PAGE_SELECTOR = /^(:root|html|body)(?![\w-])/;

function splitSelectors(list: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of list) {
    if (ch === '(') depth++;
    if (ch === ')') depth--;
    if (ch === ',' && depth === 0) {
      parts.push(current);
      current = '';
    } else current += ch;
  }
  return [...parts, current];
}

function scoped(selector: string): string {
  const trimmed = selector.trim();
  return PAGE_SELECTOR.test(trimmed) ? trimmed.replace(PAGE_SELECTOR, ROOT) : `${ROOT} ${trimmed}`;
}

function fixedViewport(value: string): string {
  return value.replace(/(-?\d*\.?\d+)(vh|vw)\b/g, (_, n: string, unit: string) => {
    const px = (Number(n) * (unit === 'vh' ? SCREEN.height : SCREEN.width)) / 100;
    return `${Math.round(px * 100) / 100}px`;
  });
}

function scopeRules(rules: CSSRuleList) {
  for (const rule of Array.from(rules)) {
    if (rule instanceof CSSStyleRule) {
      rule.selectorText = splitSelectors(rule.selectorText).map(scoped).join(', ');
      for (const property of Array.from(rule.style)) {
        const value = rule.style.getPropertyValue(property);
        if (/\d(vh|vw)\b/.test(value)) {
          const priority = rule.style.getPropertyPriority(property);
          rule.style.setProperty(property, fixedViewport(value), priority);
        }
      }
    } else if (rule instanceof CSSMediaRule || rule instanceof CSSSupportsRule) {
      scopeRules(rule.cssRules);
    }
  }
}

let adopted = false;

export function adoptProjectorPreviewCss(): void {
  if (adopted) return;
  adopted = true;
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(projectorCss);
  scopeRules(sheet.cssRules);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
}
