import type { ServerResponse } from 'node:http';

/** Sends a CSV download. The byte-order mark lets spreadsheet apps read accents as UTF-8. */
export function sendCsv(res: ServerResponse, fileName: string, csv: string): void {
  const body = Buffer.from(`\uFEFF${csv}`, 'utf8');
  res.statusCode = 200;
  res.setHeader('Content-Type', 'text/csv; charset=utf-8');
  res.setHeader('Content-Length', body.length);
  res.setHeader('Content-Disposition', `attachment; filename="${fileName}"`);
  res.setHeader('Cache-Control', 'no-store');
  res.end(body);
}
