// What the core needs of a logger (pino's shape, so the composition root passes pino itself), and one that writes nothing.

export interface LogFn {
  (bindings: object, message?: string): void;
  (message: string): void;
}

export interface Logger {
  error: LogFn;
  warn: LogFn;
  info: LogFn;
  debug: LogFn;
  child(bindings: Record<string, unknown>): Logger;
}

const ignore: LogFn = () => undefined;

/** Writes nothing: for tests and one-shot commands that log nowhere. */
export const silentLogger: Logger = Object.freeze({ error: ignore, warn: ignore, info: ignore, debug: ignore, child: () => silentLogger });
