import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { tuneHeapForTheHost } from './host/heap-tuning.js';
import { startHost } from './host/start-host.js';

/** `npm run serve`: the session host without Electron; the console opens in a local browser tab. */
async function main(): Promise<void> {
  tuneHeapForTheHost();
  const { values } = parseArgs({
    options: {
      'data-dir': { type: 'string' },
      port: { type: 'string' },
      'console-port': { type: 'string' },
      help: { type: 'boolean' },
    },
  });
  if (values.help) {
    console.log(
      'Usage: node dist/main/cli.js [--data-dir DIR] [--port N] [--console-port N]\n' +
        '  --data-dir      where sessions, settings and the key live (env CIRCLEWORK_DATA_DIR)\n' +
        '  --port          participant door on all interfaces (default 8080, 0 = any free port)\n' +
        '  --console-port  console door on 127.0.0.1 (default 0 = any free port)',
    );
    return;
  }
  const port = (text: string | undefined, fallback: number) => {
    if (text === undefined) return fallback;
    const n = Number(text);
    if (!Number.isInteger(n) || n < 0 || n > 65535) throw new Error(`not a port number: ${text}`);
    return n;
  };
  const dataDir = resolve(
    values['data-dir'] ?? process.env.CIRCLEWORK_DATA_DIR ?? join(homedir(), '.circlework'),
  );
  const host = await startHost({
    dataDir,
    participantPort: port(values.port, 8080),
    consolePort: port(values['console-port'], 0),
  });
  console.log('Circlework is running. Keep this window open during the session.');
  console.log(`Console: ${host.consoleUrl}`);
  console.log(`Projector: ${host.projectorUrl}`);
  console.log(`Join: ${host.joinUrl}`);
  console.log(`Participant door: ${host.participantUrl}`);
  console.log(`Data: ${dataDir}`);

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: saving and stopping…`);
    host.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

main().catch((error: unknown) => {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EADDRINUSE') {
    console.error(
      'Error: the port is already in use. Pick another with --port N (0 = any free port).',
    );
  } else {
    console.error(`Error: ${error instanceof Error ? error.message : String(error)}`);
  }
  process.exit(1);
});
