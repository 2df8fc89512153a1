// Routes Bolt's own log lines into the process logger (pino, with secret redaction) instead of the console.
import { LogLevel, type Logger as BoltLogger } from '@slack/bolt';
import type { Logger } from '../../src/model/logger.js';

const toText = (msg: unknown[]): string => msg.map((m) => (typeof m === 'string' ? m : m instanceof Error ? m.message : safeJson(m))).join(' ');

function safeJson(value: unknown): string {
  try {
    return JSON.stringify(value);
  } catch {
    return String(value);
  }
}

export function boltLogger(logger: Logger): BoltLogger {
  const child = logger.child({ component: 'slack-bolt' });
  let level: LogLevel = LogLevel.INFO;
  return {
    debug: (...msg) => child.debug(toText(msg)),
    info: (...msg) => child.info(toText(msg)),
    warn: (...msg) => child.warn(toText(msg)),
    error: (...msg) => child.error(toText(msg)),
    // pino's level (LOG_LEVEL) decides what is written; Bolt's own setting is only remembered.
    setLevel: (l) => { level = l; },
    getLevel: () => level,
    setName: () => {},
  };
}
