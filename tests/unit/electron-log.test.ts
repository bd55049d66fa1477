import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import log from 'electron-log/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { configureAppLog } from '../../main/electron/app-log.js';
import { redactLogText, redactLogValue } from '../../main/electron/log-redaction.js';

describe('log redaction', () => {
  it.each([
    ['Session s1 opened with room code K7M2QP.', 'Session s1 opened with room code [room code].'],
    ['code K7M2QP was wrong', 'code [room code] was wrong'],
    [
      'HTTP GET /api/exports/results/s-1.pdf?token=Zx9_abc-DEF&x=1: boom',
      'HTTP GET /api/exports/results/s-1.pdf?token=[secret]&x=1: boom',
    ],
    [
      'join at http://192.168.1.5:41234/?code=K7M2QP#k=Ab12Cd',
      'join at http://192.168.1.5:41234/?code=[secret]#[secret]',
    ],
    [
      'Could not answer "join": nickname "Anna Smith" is too long',
      'Could not answer "join": nickname "[text]" is too long',
    ],
    [
      'payload {"nickname":"Anna","answer":{"value":"I feel sad"}} rejected',
      'payload {"nickname":[text],"answer":[text]} rejected',
    ],
    [
      'Handling "answer" failed: bad text “my secret feeling”',
      'Handling "answer" failed: bad text "[text]"',
    ],
    ["resumeToken: 'abcdefghijklmnop'", 'resumeToken: [text]'],
  ])('%s', (line, expected) => {
    expect(redactLogText(line)).toBe(expected);
  });

  it('keeps what IT needs: event names, error codes, addresses, numbers', () => {
    const line =
      'listen EADDRINUSE: address already in use 0.0.0.0:41234; "session:action" took 12 ms';
    expect(redactLogText(line)).toBe(line);
  });

  it('removes a registered secret wherever it appears', () => {
    expect(redactLogText('x secret-token-value-1234 y', ['secret-token-value-1234'])).toBe(
      'x [secret] y',
    );
  });

  it('redacts objects and errors, not just strings', () => {
    expect(redactLogValue({ nickname: 'Bob', answer: 'x' })).toBe(
      '{ nickname: [text], answer: [text] }',
    );
    const error = new Error('room code QQQ222 rejected "hello"');
    expect(redactLogValue(error).split('\n')[0]).toBe(
      'Error: room code [room code] rejected "[text]"',
    );
  });
});

describe('the app log file (electron-log)', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'circlework-log-'));
    log.transports.file.resolvePathFn = () => join(dir, 'main.log');
    log.transports.console.level = false;
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('writes redacted lines and rotates at the size limit, keeping one old file', async () => {
    const appLog = configureAppLog(log, 4000);
    appLog.addSecret('TOPSECRET-123456');
    for (let n = 0; n < 80; n++) {
      appLog.info(`line ${n}: room code ABC234, token=TOPSECRET-123456, nickname "Ann"`);
    }
    appLog.error('the console token TOPSECRET-123456 leaked into an error');
    expect((await readdir(dir)).sort()).toEqual(['main.log', 'main.old.log']);
    const text =
      (await readFile(join(dir, 'main.log'), 'utf8')) +
      (await readFile(join(dir, 'main.old.log'), 'utf8'));
    expect(text).toContain('line 79: room code [room code], token=[secret], nickname "[text]"');
    expect(text).toContain('the console token [secret] leaked');
    expect(text).not.toMatch(/TOPSECRET|ABC234|Ann\b/);
    expect((await readFile(join(dir, 'main.log'))).length).toBeLessThanOrEqual(4000);
    expect(appLog.folder()).toBe(dir);
  });
});
