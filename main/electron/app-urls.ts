import { parseExportPath } from '../../shared/protocol/export-routes.js';

/**
 * URL trust decisions for the shell, kept pure so a table of hostile URLs can test them.
 * The app's own pages live on the console door: http://127.0.0.1:<port>/console/ and /projector/.
 */
export type AppPage = 'console' | 'projector';

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** The console door's origin, from the consoleUrl the host reports. Only loopback http is accepted. */
export function consoleOrigin(consoleUrl: string): string {
  const url = parse(consoleUrl);
  if (!url || url.protocol !== 'http:' || url.hostname !== '127.0.0.1' || !url.port) {
    throw new Error(`the console door must be http://127.0.0.1:<port>, got ${consoleUrl}`);
  }
  return url.origin;
}

/** Same scheme, host and port as the console door, and nothing smuggled in the authority. */
export function isSameOrigin(url: string, origin: string): boolean {
  const parsed = parse(url);
  return (
    parsed !== null && parsed.origin === origin && parsed.username === '' && parsed.password === ''
  );
}

/** Which of the app's pages a URL is, or null for anything else. */
export function appPageOf(url: string, origin: string): AppPage | null {
  if (!isSameOrigin(url, origin)) return null;
  const { pathname } = new URL(url);
  if (pathname === '/console/' || pathname === '/console/index.html') return 'console';
  if (pathname === '/projector/' || pathname === '/projector/index.html') return 'projector';
  return null;
}

/** An export PDF on the console door (results, handout or guide); anything else is refused. */
export function isExportUrl(url: string, origin: string): boolean {
  return isSameOrigin(url, origin) && parseExportPath(new URL(url).pathname)?.format === 'pdf';
}

/** Handouts and guides may be printed; a results report is only ever saved deliberately. */
export function isPrintableUrl(url: string, origin: string): boolean {
  if (!isExportUrl(url, origin)) return false;
  return parseExportPath(new URL(url).pathname)?.document !== 'results';
}

/** A download the shell lets through: an export, or a file the console page made itself (blob:). */
export function isAllowedDownload(url: string, origin: string): boolean {
  if (url.startsWith('blob:')) return isSameOrigin(url.slice('blob:'.length), origin);
  return isExportUrl(url, origin);
}

/**
 * No remote content: a request is allowed only to the console door (http and its websocket),
 * or for in-page data the app made itself. DevTools keeps working in development.
 */
export function isAllowedRequest(url: string, origin: string): boolean {
  const parsed = parse(url);
  if (!parsed) return false;
  if (parsed.protocol === 'data:' || parsed.protocol === 'devtools:') return true;
  if (parsed.protocol === 'blob:') return isSameOrigin(url.slice('blob:'.length), origin);
  if (parsed.protocol === 'ws:') {
    return isSameOrigin(`http://${parsed.host}${parsed.pathname}`, origin) && !parsed.username;
  }
  return isSameOrigin(url, origin);
}

/**
 * The projector page URL the host reports, checked to be the projector page on the console
 * door. It carries the projector's own read-only token, never the console's.
 */
export function projectorUrlFor(projectorUrl: string, origin: string): string {
  if (appPageOf(projectorUrl, origin) !== 'projector') {
    throw new Error(`the projector page must be on ${origin}/projector/, got ${projectorUrl}`);
  }
  return projectorUrl;
}
