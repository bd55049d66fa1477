const TOKEN_KEY = 'circlework.consoleToken';

/**
 * Reads the per-launch console token from `?token=`, keeps it in sessionStorage (so a reload
 * still works) and strips it from the visible URL so it is not shown, bookmarked or shared.
 */
export function takeConsoleToken(location: Location = window.location): string | null {
  const url = new URL(location.href);
  const fromUrl = url.searchParams.get('token');
  if (fromUrl) {
    sessionStorage.setItem(TOKEN_KEY, fromUrl);
    url.searchParams.delete('token');
    history.replaceState(null, '', url.pathname + url.search + url.hash);
    return fromUrl;
  }
  return sessionStorage.getItem(TOKEN_KEY);
}

/** An export route with the token as query parameter, for links and downloads. */
export function exportHref(token: string, path: string): string {
  return `${path}${path.includes('?') ? '&' : '?'}token=${encodeURIComponent(token)}`;
}

/** The projector link, with the projector's own read-only token (never the console's). */
export function projectorHref(projectorToken: string): string {
  return `/projector/?token=${encodeURIComponent(projectorToken)}`;
}

/** Asks the host for the projector's read-only token; the console token only proves who asks. */
export async function fetchProjectorToken(consoleToken: string): Promise<string> {
  const res = await fetch(exportHref(consoleToken, '/api/projector-token'));
  if (!res.ok) throw new Error(`projector link: HTTP ${res.status}`);
  const body = (await res.json()) as { token?: unknown };
  if (typeof body.token !== 'string') throw new Error('projector link: no token');
  return body.token;
}
