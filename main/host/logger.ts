/** Where the host says what happens; the CLI prints it, tests collect it. */
export interface Logger {
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

export const consoleLogger: Logger = {
  info: (m) => console.log(m),
  warn: (m) => console.warn(`Warning: ${m}`),
  error: (m) => console.error(`Error: ${m}`),
};

export const silentLogger: Logger = { info() {}, warn() {}, error() {} };
