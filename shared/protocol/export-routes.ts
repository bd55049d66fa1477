/**
 * The addresses of the console door's exports, in one place: the console builds them, the host
 * reads them back. Only results come as a spreadsheet too.
 */
export type ExportDocument = 'results' | 'handout' | 'guide';
export type ExportFormat = 'pdf' | 'csv';

export interface ExportRoute {
  document: ExportDocument;
  /** A session id (results) or a workshop id (handout, guide). */
  id: string;
  format: ExportFormat;
}

const EXPORT_ROUTE = /^\/api\/exports\/(results|handout|guide)\/([A-Za-z0-9_-]{1,64})\.(pdf|csv)$/;

/** The path of an export, with optional query parameters (e.g. the print layout). */
export function exportPath(route: ExportRoute, query: Record<string, string> = {}): string {
  const search = Object.entries(query)
    .map(([key, value]) => `${encodeURIComponent(key)}=${encodeURIComponent(value)}`)
    .join('&');
  const path = `/api/exports/${route.document}/${encodeURIComponent(route.id)}.${route.format}`;
  return search ? `${path}?${search}` : path;
}

/** The export a request path names, or null when it names none. */
export function parseExportPath(path: string): ExportRoute | null {
  const match = EXPORT_ROUTE.exec(path);
  if (!match) return null;
  const [, document, id, format] = match as unknown as [
    string,
    ExportDocument,
    string,
    ExportFormat,
  ];
  if (format === 'csv' && document !== 'results') return null;
  return { document, id, format };
}
