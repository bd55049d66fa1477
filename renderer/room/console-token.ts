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
  return `${path}?token=${encodeURIComponent(token)}`;
}

export function projectorHref(token: string): string {
  return `/projector/?token=${encodeURIComponent(token)}`;
}
