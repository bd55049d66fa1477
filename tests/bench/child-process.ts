import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** This file's extension tells whether we run from TypeScript source (tsx/vitest) or built JS. */
const runningFromSource = import.meta.url.endsWith('.ts');
export const repoRoot = fileURLToPath(
  new URL(runningFromSource ? '../../' : '../../../', import.meta.url),
);

/** A sibling script's path, with the extension matching how this file runs. */
export function siblingScript(baseName: string): string {
  return fileURLToPath(
    new URL(`./${baseName}.${runningFromSource ? 'ts' : 'js'}`, import.meta.url),
  );
}

export interface ForkOptions {
  args?: string[];
  env?: NodeJS.ProcessEnv;
  /** Wraps the node command, e.g. ['unshare', '-m', '--'] to give the child its own mounts. */
  wrapper?: string[];
  /** Pipe stdout/stderr to the parent (child.stdout/child.stderr) instead of sharing them. */
  captureOutput?: boolean;
  /** Extra Node flags for the child, e.g. ['--cpu-prof'] when looking into a slow run. */
  nodeArgs?: string[];
}

/**
 * Starts a script in its own Node process with an IPC channel. From source it is loaded through
 * tsx's ESM hook in the same process (no wrapper process), so the pid is the one doing the work.
 */
export function forkScript(script: string, options: ForkOptions = {}): ChildProcess {
  const execArgv = [...(options.nodeArgs ?? []), ...(runningFromSource ? ['--import', 'tsx'] : [])];
  const wrapper = options.wrapper ?? [];
  return fork(script, options.args ?? [], {
    cwd: repoRoot,
    execArgv,
    env: { ...process.env, ...options.env },
    stdio: options.captureOutput
      ? ['ignore', 'pipe', 'pipe', 'ipc']
      : ['ignore', 'inherit', 'inherit', 'ipc'],
    ...(wrapper.length > 0
      ? { execPath: wrapper[0], execArgv: [...wrapper.slice(1), process.execPath, ...execArgv] }
      : {}),
  });
}

/** Resolves with the first IPC message that passes `accept`; rejects on exit or timeout. */
export function nextMessage<T>(
  child: ChildProcess,
  accept: (message: unknown) => message is T,
  timeoutMs: number,
  what: string,
): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      cleanup();
      reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}`));
    }, timeoutMs);
    const onMessage = (message: unknown) => {
      if (!accept(message)) return;
      cleanup();
      resolve(message);
    };
    const onExit = (code: number | null, signal: NodeJS.Signals | null) => {
      cleanup();
      reject(new Error(`child exited (code ${code}, signal ${signal}) while waiting for ${what}`));
    };
    const onError = (error: Error) => {
      cleanup();
      reject(new Error(`child failed (${error.message}) while waiting for ${what}`));
    };
    const cleanup = () => {
      clearTimeout(timer);
      child.off('message', onMessage);
      child.off('exit', onExit);
      child.off('error', onError);
    };
    child.on('message', onMessage);
    child.on('exit', onExit);
    child.on('error', onError);
  });
}

export function hasType<T extends { type: string }>(type: T['type']) {
  return (message: unknown): message is T =>
    typeof message === 'object' &&
    message !== null &&
    (message as { type?: unknown }).type === type;
}

/** Ends a child and waits for it; SIGKILL when it does not leave on its own in time. */
export async function stopChild(child: ChildProcess, timeoutMs = 10_000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
  await exited;
  clearTimeout(timer);
}
