import { saveBlob } from '../common/save-blob.js';
import { DESKTOP_BRIDGE_KEY, type DesktopBridge } from '../../shared/protocol/desktop-bridge.js';
import { t } from './i18n/translate.js';
import { replyErrorText } from './reply-error-text.js';

/** The Electron preload's API, or undefined in a plain browser tab. */
export function desktopBridge(): DesktopBridge | undefined {
  return (window as unknown as Record<string, DesktopBridge | undefined>)[DESKTOP_BRIDGE_KEY];
}

/**
 * Fetches a file from the console door and hands it to the browser as a download, so a failing
 * export shows its reason instead of an empty file.
 */
export async function downloadFile(href: string, fileName: string): Promise<string | null> {
  let response: Response;
  try {
    response = await fetch(href);
  } catch {
    return t('export.noAnswer');
  }
  if (!response.ok) {
    const text = await response.text().catch(() => '');
    return errorText(text) || t('export.failed', { status: response.status });
  }
  saveBlob(await response.blob(), fileName);
  return null;
}

/** Error bodies are either a Reply-shaped JSON object or plain text. */
function errorText(body: string): string {
  try {
    const parsed = JSON.parse(body) as {
      error?: { code?: unknown; message?: unknown };
      message?: unknown;
    };
    const message = parsed.error?.message ?? parsed.message;
    if (typeof message === 'string') return replyErrorText({ code: parsed.error?.code, message });
  } catch {
    // not JSON: use the text as it is
  }
  return body.trim().slice(0, 300);
}
