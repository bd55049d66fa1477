/**
 * Right-to-left reading (issue 16): the console, projector and shared stylesheets place things
 * with logical properties (inline-start/end), so an Arabic screen mirrors by itself. A physical
 * left or right here would stay put and read backwards.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import postcss from 'postcss';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../e2e/participant-harness.js';

const RENDERER = join(REPO_ROOT, 'renderer');
const PHYSICAL_PROPERTY = /^(?:(?:margin|padding|border)-(?:left|right)(?:-\w+)?|left|right)$/;
const PHYSICAL_VALUE = /^(?:text-align|float|clear)$/;

function stylesheets(): string[] {
  return readdirSync(RENDERER, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.css'))
    .map((file) => relative(REPO_ROOT, join(RENDERER, file)).split('\\').join('/'))
    .sort();
}

function physicalDeclarations(file: string): string[] {
  const found: string[] = [];
  postcss.parse(readFileSync(join(REPO_ROOT, file), 'utf8')).walkDecls((decl) => {
    const where = `${file}:${decl.source?.start?.line ?? 0}: ${decl.prop}: ${decl.value}`;
    if (PHYSICAL_PROPERTY.test(decl.prop)) found.push(where);
    if (PHYSICAL_VALUE.test(decl.prop) && /\b(?:left|right)\b/.test(decl.value)) found.push(where);
    // Four sides in one shorthand name left and right by position.
    if (/^(?:margin|padding)$/.test(decl.prop)) {
      const sides = decl.value.replace(/\([^)]*\)/g, '()').split(/\s+/);
      if (sides.length === 4 && sides[1] !== sides[3]) found.push(where);
    }
  });
  return found;
}

describe('renderer stylesheets', () => {
  it('are found', () => {
    expect(stylesheets().length).toBeGreaterThan(20);
  });

  it('lay out with logical properties, never a physical left or right', () => {
    expect(stylesheets().flatMap(physicalDeclarations)).toEqual([]);
  });
});
