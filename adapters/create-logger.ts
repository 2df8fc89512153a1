// The process logger (pino) with secrets redacted wherever they might be logged; it has the core's Logger shape.
import pino from 'pino';
import type { Logger } from '../src/model/logger.js';

/** Paths pino blanks out; tokens and secrets must never reach a log line. */
export const redactPaths = [
  'token', '*.token', 'botToken', '*.botToken', 'appToken', '*.appToken', 'signingSecret', '*.signingSecret',
  'SLACK_BOT_TOKEN', 'SLACK_APP_TOKEN', 'SLACK_SIGNING_SECRET', 'DISCORD_TOKEN', '*.SLACK_BOT_TOKEN', '*.SLACK_APP_TOKEN',
  '*.SLACK_SIGNING_SECRET', '*.DISCORD_TOKEN', 'headers.authorization', '*.headers.authorization', 'authorization', '*.authorization',
];

export function createLogger(options: { level?: string; destination?: pino.DestinationStream } = {}): Logger {
  return pino({ level: options.level ?? 'info', redact: { paths: redactPaths, censor: '[redacted]' }, base: undefined }, options.destination ?? pino.destination(2));
}
