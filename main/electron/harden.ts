import type { Session, WebContents } from 'electron';
import { appPageOf, isAllowedRequest } from './app-urls.js';
import { withContentSecurityPolicy } from './content-security-policy.js';

/**
 * Session-wide rules: every permission denied, no request outside the console door,
 * and our CSP on every response.
 */
export function hardenSession(session: Session, origin: string): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
  session.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !isAllowedRequest(details.url, origin) });
  });
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: withContentSecurityPolicy(details.responseHeaders) });
  });
}

export interface WindowOpenRequest {
  /** Called when a page asks to open the projector page; everything else is refused. */
  openProjector(): void;
}

/**
 * Per-page rules: navigation only between the app's own pages, no new windows (the projector
 * link opens our own projector window instead), no webviews.
 */
export function hardenWebContents(
  contents: WebContents,
  origin: () => string | null,
  windows: WindowOpenRequest,
): void {
  const ownPage = (url: string) => {
    const o = origin();
    return o !== null && appPageOf(url, o) !== null;
  };
  contents.on('will-navigate', (event) => {
    if (!ownPage(event.url)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    if (!ownPage(event.url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    const o = origin();
    if (o !== null && appPageOf(url, o) === 'projector') windows.openProjector();
    return { action: 'deny' };
  });
}
