// The real CLI in a child process (`node bin/briefing.js …`, built by buildCli), with its JSON log lines collected, for
// tests that signal, kill and restart `briefing serve` or run `briefing digest send`.
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { waitFor } from './fake-slack.js';

export interface CliProcess {
  child: ChildProcess;
  /** The log lines (pino JSON on stderr) so far, parsed. */
  lines(): Record<string, unknown>[];
  /** The messages of the log lines so far. */
  msgs(): string[];
  stdout(): string;
  /** Waits (bounded) until a log line with this message appears. */
  waitForLog(msg: string, timeoutMs?: number): Promise<Record<string, unknown>>;
  /** Settles with the exit code and signal; or, after `timeoutMs`, kills the process and resolves { timedOut: true }. */
  exit(timeoutMs: number): Promise<{ code: number | null; signal: NodeJS.Signals | null; timedOut: boolean }>;
}

export async function freePort(): Promise<number> {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as { port: number };
  await new Promise((r) => server.close(r));
  return port;
}

export function runCli(args: string[], env: Record<string, string>): CliProcess {
  const child = spawn(process.execPath, ['bin/briefing.js', ...args], {
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', BRIEFING_FACTS_DIR: 'tests/fixtures/facts', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  let stdout = '';
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
  child.stdout!.on('data', (d: Buffer) => (stdout += d.toString('utf8')));
  const exited = once(child, 'exit') as Promise<[number | null, NodeJS.Signals | null]>;
  const lines = () =>
    stderr
      .split('\n')
      .filter((l) => l.startsWith('{'))
      .map((l) => JSON.parse(l) as Record<string, unknown>);
  return {
    child,
    lines,
    msgs: () => lines().map((l) => String(l.msg)),
    stdout: () => stdout,
    waitForLog: (msg, timeoutMs = 15_000) => waitFor(() => lines().find((l) => l.msg === msg), `log line "${msg}"`, timeoutMs),
    async exit(timeoutMs) {
      let timer: NodeJS.Timeout | undefined;
      const timedOut = new Promise<'timeout'>((resolve) => (timer = setTimeout(() => resolve('timeout'), timeoutMs)));
      const result = await Promise.race([exited, timedOut]);
      clearTimeout(timer);
      if (result === 'timeout') {
        child.kill('SIGKILL');
        await exited;
        return { code: null, signal: null, timedOut: true };
      }
      return { code: result[0], signal: result[1], timedOut: false };
    },
  };
}
