/**
 * What the phone e2e tests share: the real host as a child process (`node dist/main/cli.js`),
 * a real console socket driving the session, socket.io "bot" participants so aggregates
 * reach k_live, and a real Chromium with axe-core.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { io, type Socket } from 'socket.io-client';
import type { ConsoleAction } from '../../shared/protocol/console-events.js';
import type { JoinResult } from '../../shared/protocol/participant-events.js';
import type {
  ConsoleLiveView,
  ConsoleView,
  ParticipantView,
  SessionTemplate,
} from '../../shared/protocol/views.js';
import type { Answer } from '../../shared/session/answer-schema.js';
import {
  NO_CONSOLE_VIEW,
  reduceConsoleView,
  type ConsoleViewEvent,
} from '../../renderer/console/console-view-state.js';
import { connectSealedPhone, type SealedPhone } from '../kits/sealed-phone.js';
import { ALL_KINDS_TEMPLATE_YAML } from './participant-fixture-template.js';
import { saveScreenshot } from './artifact-screenshot.js';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const ARTIFACTS = join(REPO_ROOT, 'test-artifacts/participant');
export const PHONE = { width: 390, height: 844 };
export const SMALL_PHONE = { width: 320, height: 568 };

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const REQUEST_TIMEOUT_MS = 30_000;
export const GROUP_AGREEMENT = [
  'What people share here stays here.',
  'One limit: if someone may be in danger, the counselor may need to act to keep people safe.',
  'You can pass on any question, and you never need to say why.',
  'Talk about patterns and feelings, not graphic details.',
].join('\n');

// ---------------------------------------------------------------- host process

export interface HostProcess {
  consoleOrigin: string;
  token: string;
  participantUrl: string;
  participantPort: number;
  /** SIGKILL, like a crash: nothing gets to flush that was not flushed before its ack. */
  kill(): Promise<void>;
  /** SIGTERM, like closing the terminal: the host saves and exits; resolves with its exit code. */
  terminate(): Promise<number | null>;
}

export function tempDataDir(): string {
  return mkdtempSync(join(tmpdir(), 'circlework-phone-'));
}

export function removeDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

/** Starts `node dist/main/cli.js` and reads the URLs it prints. */
export function startHost(dataDir: string, port = 0): Promise<HostProcess> {
  const child: ChildProcess = spawn(
    process.execPath,
    ['dist/main/cli.js', '--data-dir', dataDir, '--port', String(port), '--console-port', '0'],
    { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env } },
  );
  let output = '';
  return new Promise((resolvePromise, reject) => {
    const exited = (code: number | null) =>
      reject(new Error(`host exited early (${code}):\n${output}`));
    child.once('exit', exited);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const consoleUrl = /^Console: (\S+)/m.exec(output)?.[1];
      const door = /^Participant door: (\S+)/m.exec(output)?.[1];
      if (!consoleUrl || !door) return;
      child.stdout?.off('data', onData);
      child.off('exit', exited);
      const url = new URL(consoleUrl);
      const participantUrl = door.replace(/\/$/, '');
      resolvePromise({
        consoleOrigin: url.origin,
        token: url.searchParams.get('token') ?? '',
        participantUrl,
        participantPort: Number(new URL(participantUrl).port),
        kill: () =>
          new Promise<void>((done) => {
            if (child.exitCode !== null || child.signalCode !== null) return done();
            child.once('exit', () => done());
            child.kill('SIGKILL');
          }),
        terminate: () =>
          new Promise<number | null>((done) => {
            if (child.exitCode !== null || child.signalCode !== null) return done(child.exitCode);
            child.once('exit', (code) => done(code));
            child.kill('SIGTERM');
          }),
      });
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  });
}

// ---------------------------------------------------------------- console driver

type Reply =
  { ok: true; [key: string]: unknown } | { ok: false; error: { code: string; message: string } };

export class ConsoleDriver {
  /** Workshop and views as the console page keeps them (its own reducer). */
  private state = NO_CONSOLE_VIEW;
  private readonly waiters = new Set<() => void>();

  private constructor(readonly socket: Socket) {
    socket.on('console:template', (sent: SessionTemplate) =>
      this.receive({ type: 'template', sent }),
    );
    socket.on('console:view', (live: ConsoleLiveView | null) =>
      this.receive({ type: 'view', live }),
    );
  }

  /** The newest view with its workshop, as the console page shows it. */
  get latest(): ConsoleView | null {
    return this.state.view;
  }

  private receive(event: ConsoleViewEvent): ConsoleView | null {
    this.state = reduceConsoleView(this.state, event);
    for (const wake of [...this.waiters]) wake();
    return this.state.view;
  }

  /** A reply's view with its workshop (sent to this console before the reply). */
  private replied(live: ConsoleLiveView): ConsoleView {
    const view = this.receive({ type: 'view', live });
    if (!view) throw new Error(`no workshop came before the view of session ${live.sessionId}`);
    return view;
  }

  static async connect(host: HostProcess): Promise<ConsoleDriver> {
    const socket = io(`${host.consoleOrigin}/console`, {
      auth: { token: host.token, role: 'console' },
      transports: ['websocket'],
    });
    const driver = new ConsoleDriver(socket);
    await new Promise<void>((ok, fail) => {
      socket.once('connect', () => ok());
      socket.once('connect_error', (error) => fail(error));
    });
    return driver;
  }

  async request<T = Record<string, unknown>>(name: string, payload: object): Promise<T> {
    const reply = (await this.socket
      .timeout(REQUEST_TIMEOUT_MS)
      .emitWithAck(name, payload)) as Reply;
    if (!reply.ok) throw new Error(`${name} failed: ${reply.error.code} ${reply.error.message}`);
    return reply as T;
  }

  async importTemplate(yaml = ALL_KINDS_TEMPLATE_YAML): Promise<string> {
    const reply = await this.request<{ templateId: string }>('library:import', {
      fileName: 'e2e-every-kind.yaml',
      content: yaml,
    });
    return reply.templateId;
  }

  /** `settings`: any session settings other than the test default's. */
  async createSession(
    templateId: string,
    namesEnabled = true,
    settings: Record<string, unknown> = {},
  ): Promise<ConsoleView> {
    const reply = await this.request<{ view: ConsoleLiveView }>('session:create', {
      templateId,
      settings: {
        namesEnabled,
        kLive: 2,
        kExport: 3,
        agreement: GROUP_AGREEMENT,
        support:
          'Local crisis line: 0800 111 222 (free, day and night).\nYour counselor: Sam, sam@example.org',
        retentionDays: 30,
        ...settings,
      },
    });
    return this.replied(reply.view);
  }

  async act(action: ConsoleAction): Promise<ConsoleView> {
    const reply = await this.request<{ view: ConsoleLiveView }>('session:action', { action });
    return this.replied(reply.view);
  }

  /** Waits for a console view that satisfies the predicate (the latest one counts too). */
  until(predicate: (view: ConsoleView) => boolean, what: string): Promise<ConsoleView> {
    return new Promise((ok, fail) => {
      const check = () => {
        if (this.latest && predicate(this.latest)) {
          this.waiters.delete(check);
          clearTimeout(timer);
          ok(this.latest);
        }
      };
      const timer = setTimeout(() => {
        this.waiters.delete(check);
        fail(new Error(`console never showed: ${what}`));
      }, 60_000);
      this.waiters.add(check);
      check();
    });
  }

  close(): void {
    this.socket.close();
  }
}

// ---------------------------------------------------------------- bot participants

/** A participant without a browser, so a reveal has enough answers to pass k_live. */
export class Bot {
  private constructor(
    readonly socket: SealedPhone,
    /** What the phone app keeps in localStorage to come back after a reconnect or restart. */
    readonly resumeToken: string,
    /** The view the join or resume reply carried. */
    readonly view: ParticipantView,
  ) {}

  static join(host: HostProcess, roomCode: string, nickname?: string): Promise<Bot> {
    return Bot.connect(host, 'join', { roomCode, nickname });
  }

  /** Comes back with a resume token, as the phone app does after the host restarted. */
  static resume(host: HostProcess, resumeToken: string): Promise<Bot> {
    return Bot.connect(host, 'resume', { resumeToken });
  }

  private static async connect(
    host: HostProcess,
    event: 'join' | 'resume',
    payload: object,
  ): Promise<Bot> {
    // Sealed like the phone app (tests/kits/sealed-phone.ts), checked against the QR link's key.
    const socket = await connectSealedPhone(
      `${host.participantUrl}/participant`,
      { reconnection: true },
      { timeoutMs: REQUEST_TIMEOUT_MS },
    );
    const reply = await socket.request<JoinResult>(event, payload);
    if (!reply.ok) {
      socket.close();
      throw new Error(`bot ${event} failed: ${reply.error.code}`);
    }
    return new Bot(socket, reply.resumeToken, reply.view);
  }

  async answer(stepId: string, answer: Answer): Promise<void> {
    const reply = await this.socket.request('answer', { stepId, answer });
    if (!reply.ok) throw new Error(`bot answer failed: ${reply.error.code} ${reply.error.message}`);
  }

  close(): void {
    this.socket.close();
  }
}

export type { ParticipantView };

// ---------------------------------------------------------------- browser

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  });
}

export interface Phone {
  context: BrowserContext;
  page: Page;
  /** Content-Security-Policy violations and page errors seen so far. */
  problems: string[];
}

/**
 * The QR link of a session (its join URL, with the host key's fingerprint in `#k=`) on the
 * loopback address the tests reach the host at.
 */
export function qrLink(host: HostProcess, joinUrl: string): string {
  const link = new URL(joinUrl);
  return `${host.participantUrl}/${link.search}${link.hash}`;
}

export async function openPhone(
  browser: Browser,
  viewport: { width: number; height: number } = PHONE,
  colorScheme: 'light' | 'dark' = 'light',
): Promise<Phone> {
  const context = await browser.newContext({
    viewport,
    isMobile: true,
    hasTouch: true,
    deviceScaleFactor: 1,
    colorScheme,
    acceptDownloads: true,
  });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy/i.test(message.text()))
      problems.push(`CSP: ${message.text()}`);
  });
  return { context, page, problems };
}

/**
 * Taps "Join" and then "I understand", as a person does. On a loaded machine a join can outlast
 * the phone's 10 s request timeout; the phone then says it cannot reach the laptop and the person
 * taps "Join" again, so this does too (at most three times). Any other join error fails with the
 * text the phone showed, not with a timeout that hides it.
 */
export async function joinAndAgree(page: Page): Promise<void> {
  const agree = page.getByRole('button', { name: /I understand/ });
  const error = page.locator('.form-error');
  for (let attempt = 1; ; attempt += 1) {
    await page.getByRole('button', { name: 'Join' }).click();
    await agree
      .or(error.filter({ hasText: /\S/ }))
      .first()
      .waitFor({ timeout: 60_000 });
    if (await agree.isVisible()) break;
    const shown = (await error.textContent()) ?? '';
    if (!/Can’t reach/.test(shown) || attempt === 3) throw new Error(`join refused: ${shown}`);
    console.warn(`joinAndAgree: attempt ${attempt} showed "${shown}"; tapping Join again`);
  }
  await agree.click();
}

/** Runs axe-core in the page; returns the serious and critical violations, described. */
export async function seriousA11yViolations(page: Page): Promise<string[]> {
  // Evaluated through the DevTools protocol, so the app's strict CSP stays on; once per
  // document, as a reload or a new page starts without it.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document) => Promise<AxeResults> } }).axe;
    const results = await axe.run(document);
    return results.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
  return violations;
}
interface AxeResults {
  violations: { id: string; impact: string | null; nodes: { target: string[] }[] }[];
}

/** Saves a viewport screenshot under test-artifacts/participant/ for a human to look at. */
export async function screenshot(page: Page, name: string, fullPage = false): Promise<void> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const file = join(ARTIFACTS, `${name}.png`);
  await saveScreenshot(page, { path: file, fullPage, animations: 'disabled' });
}

/** Every button/checkbox/radio target on screen measures at least 44 × 44 CSS px. */
export async function smallTouchTargets(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const small: string[] = [];
    const targets = document.querySelectorAll<HTMLElement>(
      'button, a[href], input[type=range], .tile, .check-row, summary, input.input, textarea',
    );
    for (const el of targets) {
      const box = el.getBoundingClientRect();
      if (box.width === 0 && box.height === 0) continue; // not rendered (closed dialog)
      if (box.width < 44 || box.height < 44)
        small.push(
          `${el.tagName}.${el.className} "${(el.textContent ?? '').trim().slice(0, 30)}" ${Math.round(box.width)}×${Math.round(box.height)}`,
        );
    }
    return small;
  });
}

/** True when the page needs sideways scrolling (it never should, even at 320 px). */
export function overflowsSideways(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth + 1);
}
