import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { DownloadItem, Session, WebContents } from 'electron';
import { isAllowedDownload } from './app-urls.js';
import { shellMessages, type ShellMessages } from './i18n/shell-messages.js';

/**
 * Downloads go through the native save dialog; anything but the app's own exports is cancelled.
 * savePdf resolves true once the file is written, false when the counselor cancels.
 */
export class PdfDownloads {
  private readonly pending = new Map<string, (saved: boolean) => void>();

  constructor(
    private readonly origin: string,
    private readonly documentsDir: string,
    /** The words in the counselor's language when the save dialog opens. */
    private readonly words: () => ShellMessages = () => shellMessages('en'),
  ) {}

  attach(session: Session): void {
    session.on('will-download', (_event, item) => this.onDownload(item));
  }

  save(contents: WebContents, url: string): Promise<boolean> {
    return new Promise((resolve) => {
      this.pending.get(url)?.(false);
      this.pending.set(url, resolve);
      contents.downloadURL(url);
    });
  }

  private onDownload(item: DownloadItem): void {
    const url = item.getURL();
    const settle = this.pending.get(url);
    this.pending.delete(url);
    if (!isAllowedDownload(url, this.origin)) {
      item.cancel();
      settle?.(false);
      return;
    }
    const fileName = basename(item.getFilename() || 'circlework.pdf');
    const { t } = this.words();
    item.setSaveDialogOptions({
      title: t('save.title'),
      defaultPath: join(this.documentsDir, fileName),
      filters: fileName.endsWith('.pdf')
        ? [{ name: t('save.pdf'), extensions: ['pdf'] }]
        : [{ name: t('save.workshop'), extensions: ['yaml', 'yml', 'json'] }],
    });
    item.once('done', (_e, state) => settle?.(state === 'completed'));
  }
}

/**
 * Printing: the handout is fetched from the console door and opened in the system's PDF
 * viewer, whose print dialog handles paper, duplex and printers better than a hidden window.
 */
export async function openPdfForPrinting(
  url: string,
  token: string,
  openPath: (path: string) => Promise<string>,
): Promise<boolean> {
  const response = await fetch(url, { headers: { 'x-console-token': token } });
  if (!response.ok) return false;
  const dir = await mkdtemp(join(tmpdir(), 'circlework-print-'));
  const file = join(dir, basename(new URL(url).pathname));
  await writeFile(file, Buffer.from(await response.arrayBuffer()), { mode: 0o600 });
  return (await openPath(file)) === '';
}
