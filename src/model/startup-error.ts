// A failure that stops the bot before it serves: one line per problem, each naming the variable, file or service and
// what to do about it. The command line prints the lines, never a stack trace, and exits with status 2.

export type StartupErrorId =
  /** A variable is missing or invalid (BRIEFING_*, SLACK_*, DISCORD_*, …). */
  | 'Configuration'
  /** BRIEFING_DB cannot be opened or written. */
  | 'Database'
  /** A platform answered and refused a token. */
  | 'TokenRefused'
  /** A platform could not be reached at all (DNS, connection, timeout, TLS): the token was never checked. */
  | 'Unreachable'
  /** A platform was reached but failed in another way (an HTTP error from a proxy, a gateway close code). */
  | 'PlatformError'
  /** A port to listen on is taken or not allowed. */
  | 'Port'
  /** A file named on the command line cannot be read. */
  | 'Input';

export class StartupError extends Error {
  readonly identifier: StartupErrorId;
  /** One self-contained line per problem, without a trailing period or the program's name. */
  readonly lines: string[];

  constructor(identifier: StartupErrorId, lines: string[], options: { cause?: unknown } = {}) {
    super(lines.join('\n'), options);
    this.name = 'StartupError';
    this.identifier = identifier;
    this.lines = lines;
  }
}

/** A file system error in a few words ("no such file or folder", "permission denied"), for a problem line. */
export function fsReason(error: unknown): string {
  const code = (error as { code?: unknown }).code;
  switch (code) {
    case 'ENOENT':
      return 'no such file or folder';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ENOTDIR':
      return 'a part of the path is a file, not a folder';
    case 'EISDIR':
      return 'it is a folder';
    case 'EROFS':
      return 'read-only file system';
    case 'ENOSPC':
      return 'no space left on the device';
    default:
      return typeof code === 'string' ? `${code}: ${(error as Error).message}` : String((error as Error)?.message ?? error);
  }
}
