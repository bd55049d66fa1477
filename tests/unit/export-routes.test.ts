import { describe, expect, it } from 'vitest';
import { exportPath, parseExportPath } from '../../shared/protocol/export-routes.js';

describe('export routes', () => {
  it('reads back every export path the console builds', () => {
    for (const route of [
      { document: 'results', id: 's-1', format: 'pdf' },
      { document: 'results', id: 's-1', format: 'csv' },
      { document: 'handout', id: 'interdependence', format: 'pdf' },
      { document: 'guide', id: 'interdependence', format: 'pdf' },
    ] as const) {
      expect(parseExportPath(exportPath(route))).toEqual(route);
    }
  });

  it('adds query parameters after the path', () => {
    const path = exportPath({ document: 'handout', id: 'w', format: 'pdf' }, { layout: 'large' });
    expect(path).toBe('/api/exports/handout/w.pdf?layout=large');
  });

  it('names no export for other paths', () => {
    for (const path of [
      '/api/exports/handout/w.csv',
      '/api/exports/results/../x.pdf',
      '/api/exports/minutes/w.pdf',
      '/api/exports/results/w.pdf/extra',
      `/api/exports/results/${'a'.repeat(65)}.pdf`,
    ]) {
      expect(parseExportPath(path)).toBeNull();
    }
  });
});
