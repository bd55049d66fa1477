import { describe, expect, it } from 'vitest';
import {
  appPageOf,
  consoleOrigin,
  isAllowedDownload,
  isAllowedRequest,
  isExportUrl,
  isPrintableUrl,
  projectorUrlFor,
} from '../../main/electron/app-urls.js';

const origin = 'http://127.0.0.1:4321';

describe('the shell trusts only its own console door', () => {
  it('takes the origin from the console URL and refuses anything but loopback http', () => {
    expect(consoleOrigin('http://127.0.0.1:4321/console/?token=abc')).toBe(origin);
    for (const bad of [
      'https://127.0.0.1:4321/console/',
      'http://localhost:4321/console/',
      'http://192.168.1.5:4321/console/',
      'http://127.0.0.1/console/',
      'not a url',
    ]) {
      expect(() => consoleOrigin(bad), bad).toThrow();
    }
  });

  it('recognises the console and projector pages', () => {
    expect(appPageOf('http://127.0.0.1:4321/console/?token=x', origin)).toBe('console');
    expect(appPageOf('http://127.0.0.1:4321/console/index.html', origin)).toBe('console');
    expect(appPageOf('http://127.0.0.1:4321/projector/?token=x', origin)).toBe('projector');
  });

  it.each([
    'http://127.0.0.1:4322/console/',
    'http://localhost:4321/console/',
    'http://127.0.0.1.evil.example:4321/console/',
    'http://evil.example/?http://127.0.0.1:4321/console/',
    'http://user@127.0.0.1:4321/console/',
    'http://user:pw@127.0.0.1:4321/console/',
    'https://127.0.0.1:4321/console/',
    'file:///etc/passwd',
    'javascript:alert(1)',
    'data:text/html,<h1>hi</h1>',
    'http://127.0.0.1:4321/',
    'http://127.0.0.1:4321/api/exports/results/abc.pdf',
    'http://127.0.0.1:4321/consolex/',
    '',
  ])('treats %s as a foreign page', (url) => {
    expect(appPageOf(url, origin)).toBeNull();
  });

  it('accepts export URLs only on the door and only for known exports', () => {
    expect(isExportUrl(`${origin}/api/exports/results/s-1.pdf?token=t`, origin)).toBe(true);
    expect(isExportUrl(`${origin}/api/exports/handout/breathing.pdf`, origin)).toBe(true);
    expect(isExportUrl(`${origin}/api/exports/other/x.pdf`, origin)).toBe(false);
    expect(isExportUrl(`${origin}/api/exports/results/../../etc.pdf`, origin)).toBe(false);
    expect(isExportUrl('http://evil.example/api/exports/results/s.pdf', origin)).toBe(false);
  });

  it('prints handouts and guides but never a results report', () => {
    expect(isPrintableUrl(`${origin}/api/exports/handout/h.pdf`, origin)).toBe(true);
    expect(isPrintableUrl(`${origin}/api/exports/guide/h.pdf`, origin)).toBe(true);
    expect(isPrintableUrl(`${origin}/api/exports/results/s.pdf`, origin)).toBe(false);
  });

  it('lets downloads through only for exports and the page’s own blobs', () => {
    expect(isAllowedDownload(`${origin}/api/exports/results/s.pdf?token=t`, origin)).toBe(true);
    expect(isAllowedDownload(`blob:${origin}/1b2c`, origin)).toBe(true);
    expect(isAllowedDownload('blob:http://evil.example/1b2c', origin)).toBe(false);
    expect(isAllowedDownload('https://evil.example/malware.exe', origin)).toBe(false);
  });

  it('allows no remote content: only the door, its websocket and in-page data', () => {
    expect(isAllowedRequest(`${origin}/assets/console.js`, origin)).toBe(true);
    expect(
      isAllowedRequest('ws://127.0.0.1:4321/socket.io/?EIO=4&transport=websocket', origin),
    ).toBe(true);
    expect(isAllowedRequest('data:image/png;base64,AAAA', origin)).toBe(true);
    expect(isAllowedRequest('https://fonts.googleapis.com/css', origin)).toBe(false);
    expect(isAllowedRequest('ws://127.0.0.1:9999/socket.io/', origin)).toBe(false);
    expect(isAllowedRequest('http://192.168.1.10:8080/', origin)).toBe(false);
    expect(isAllowedRequest('file:///home/user/.ssh/id_rsa', origin)).toBe(false);
  });

  it('takes the projector URL (with its own token) only as the projector page on the same door', () => {
    expect(projectorUrlFor(`${origin}/projector/?token=p`, origin)).toBe(
      `${origin}/projector/?token=p`,
    );
    expect(() => projectorUrlFor(`${origin}/console/?token=p`, origin)).toThrow();
    expect(() => projectorUrlFor('http://evil.example/projector/?token=p', origin)).toThrow();
  });
});
