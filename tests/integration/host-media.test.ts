import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import type { TemplateInput } from '../../shared/template/template-schema.js';
import { pdfText, qpdfCheck, savePdf } from '../unit/exports-pdf-tools.js';
import {
  closeClients,
  connectConsole,
  must,
  startTestHost,
  tempDir,
  TEST_SETTINGS,
  type TestHost,
} from './host-test-kit.js';

const PNG = readFileSync(join(process.cwd(), 'templates', 'images', 'interdependence-circles.png'));

function pictureWorkshop(id: string, stepId: string, image: string): TemplateInput {
  return {
    id,
    title: `Pictures ${id}`,
    summary: 'A workshop with a picture.',
    audience: 'Tests',
    minutes: 10,
    language: 'en',
    agreement: 'What is shared here stays here.',
    steps: [
      {
        id: stepId,
        kind: 'info',
        title: 'A picture',
        minutes: 2,
        body: 'Look at this.',
        image,
        imageAlt: 'Two circles that overlap a little.',
      },
      { id: 'plain', kind: 'info', title: 'No picture', minutes: 2, body: 'Just text.' },
    ],
  };
}

interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** A request with the path sent exactly as written (fetch would normalize "..", we must not). */
function get(base: string, path: string, headers: Record<string, string> = {}) {
  const url = new URL(base);
  return new Promise<RawResponse>((resolve, reject) => {
    const req = request(
      { host: url.hostname, port: url.port, path, headers: { host: url.host, ...headers } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks),
          }),
        );
      },
    );
    req.on('error', reject);
    req.end();
  });
}

let test: TestHost;
let participantBase: string;

beforeEach(async () => {
  const templatesDir = await tempDir('circlework-media-templates-');
  mkdirSync(join(templatesDir, 'images'));
  writeFileSync(join(templatesDir, 'images', 'a.png'), PNG);
  writeFileSync(join(templatesDir, 'images', 'b.png'), PNG);
  writeFileSync(join(templatesDir, 'secret.txt'), 'not for phones');
  for (const [id, stepId, image] of [
    ['pictures-a', 'picture', 'images/a.png'],
    ['pictures-b', 'other-picture', 'images/b.png'],
  ] as const) {
    writeFileSync(join(templatesDir, `${id}.yaml`), stringify(pictureWorkshop(id, stepId, image)));
  }
  test = await startTestHost({ templatesDir });
  participantBase = test.host.participantUrl;
});

afterEach(async () => {
  closeClients();
  await test.stop();
});

describe('step images on the participant door', () => {
  it('serves only the open session’s images, with type and cache headers', async () => {
    expect((await get(participantBase, '/media/picture')).status).toBe(404);

    const console = await connectConsole(test.host);
    await must(console, 'session:create', { templateId: 'pictures-a', settings: TEST_SETTINGS });

    const image = await get(participantBase, '/media/picture');
    expect(image.status).toBe(200);
    expect(image.headers['content-type']).toBe('image/png');
    expect(image.headers['cache-control']).toBe('private, max-age=3600');
    expect(image.headers['x-content-type-options']).toBe('nosniff');
    expect(image.body.equals(PNG)).toBe(true);

    for (const path of [
      '/media/other-picture', // another workshop's picture
      '/media/plain', // a step without a picture
      '/media/nope',
      '/media/../secret.txt',
      '/media/..%2Fsecret.txt',
      '/media/picture/../../secret.txt',
      '/media/%2e%2e/images/a.png',
      '/images/a.png',
      '/secret.txt',
    ]) {
      const response = await get(participantBase, path);
      expect(response.status, path).toBe(404);
      expect(response.body.includes('not for phones'), path).toBe(false);
    }

    await must(console, 'session:close', {});
    expect((await get(participantBase, '/media/picture')).status).toBe(404);
  });
});

describe('step images on the console door', () => {
  it('serves any library workshop’s images behind the token', async () => {
    const base = test.consoleBase;
    const path = '/api/templates/pictures-b/media/other-picture';
    expect((await get(base, path)).status).toBe(401);
    expect((await get(base, `${path}?token=wrong`)).status).toBe(401);

    const withToken = await get(base, `${path}?token=${test.host.token}`);
    expect(withToken.status).toBe(200);
    expect(withToken.headers['content-type']).toBe('image/png');
    expect(withToken.body.equals(PNG)).toBe(true);
    const byHeader = await get(base, path, { 'x-console-token': test.host.token });
    expect(byHeader.status).toBe(200);

    const token = `?token=${test.host.token}`;
    for (const missing of [
      '/api/templates/pictures-b/media/picture',
      '/api/templates/nope/media/other-picture',
      '/api/templates/pictures-b/media/..%2Fsecret.txt',
      '/api/session/media/picture', // no open session yet
    ]) {
      expect((await get(base, `${missing}${token}`)).status, missing).toBe(404);
    }

    const console = await connectConsole(test.host);
    await must(console, 'session:create', { templateId: 'pictures-a', settings: TEST_SETTINGS });
    expect((await get(base, `/api/session/media/picture${token}`)).status).toBe(200);
    expect((await get(base, '/api/session/media/picture')).status).toBe(401);
  });
});

describe('step images in the handout PDF', () => {
  it('prints the picture with its description next to its step', async () => {
    const response = await get(
      test.consoleBase,
      `/api/exports/handout/pictures-a.pdf?token=${test.host.token}`,
    );
    expect(response.status).toBe(200);
    const path = savePdf(response.body, 'handout-image');
    qpdfCheck(path);
    const images = execFileSync('pdfimages', ['-list', path], { encoding: 'utf8' })
      .split('\n')
      .slice(2)
      .filter((line) => line.trim())
      .map((line) => line.trim().split(/\s+/));
    // page num type width height …: one 900×500 picture on the step's page.
    expect(images.map((c) => [c[2], c[3], c[4]])).toEqual([['image', '900', '500']]);
    const text = pdfText(path).replace(/\s+/g, ' ');
    expect(text).toMatch(
      /A picture Look at this\. Two circles that overlap a little\. .*No picture/,
    );
  });
});
