// `briefing digest` prints a day's digest; `briefing digest send` delivers what is due through the given transports.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createRoot } from '../adapters/root.js';
import type { Digest } from '../src/app/digest/types.js';
import { createProgram } from '../src/cli/program.js';
import { SqliteStore } from '../src/store/SqliteStore.js';
import { RecordingTransport, tempDir } from './digest-fixtures.js';

let tmp: ReturnType<typeof tempDir>;
let out: string[];

beforeEach(() => {
  tmp = tempDir();
  out = [];
  process.env.BRIEFING_DB = tmp.db;
  process.env.BRIEFING_FACTS_DIR = 'tests/fixtures/facts';
  process.env.LOG_LEVEL = 'silent';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    out.push(String(chunk));
    return true;
  });
  vi.spyOn(console, 'log').mockImplementation((...args: unknown[]) => void out.push(`${args.join(' ')}\n`));
});
afterEach(() => {
  vi.restoreAllMocks();
  process.exitCode = undefined;
  for (const k of ['BRIEFING_DB', 'BRIEFING_FACTS_DIR', 'LOG_LEVEL']) delete process.env[k];
  tmp.cleanup();
});

// A root per run, as per process: it reads the configuration (the environment set above) on first use.
const run = (...args: string[]) => createProgram(createRoot()).exitOverride().parseAsync(['node', 'briefing', 'digest', ...args]);

describe('briefing digest', () => {
  it('prints the digest of a given date in English', async () => {
    await run('--date', '2026-09-10', '--lang', 'en');
    const text = out.join('');
    expect(text).toMatch(/^Thursday, 10 September 2026\n\nOn this day\n• 6 years ago: /);
    expect(text).toContain('Briefing point of the day');
  });

  it('prints the digest object as JSON, and rejects a bad date or zone', async () => {
    await run('--date', '2026-09-09', '--json', '--tz', 'europe/paris');
    const digest = JSON.parse(out.join('')) as Digest;
    expect(digest).toMatchObject({ date: '2026-09-09', timezone: 'Europe/Paris', language: 'vi', header: 'Thứ Tư, 09/09/2026' });
    await expect(run('--date', '2026-02-30')).rejects.toMatchObject({ identifier: 'BadCommand' });
    await expect(run('--tz', 'Nowhere/Land')).rejects.toMatchObject({ identifier: 'BadTimezone' });
  });
});

describe('briefing digest send', () => {
  it('delivers due digests through the transports the composition root gives', async () => {
    const store = new SqliteStore(tmp.db);
    store.upsertSubscription({ platform: 'slack', channelId: 'C1', workspaceId: null, time: '00:00', timezone: 'UTC', language: 'en' }, new Date('2020-01-01T00:00:00Z'));
    store.upsertSubscription({ platform: 'discord', channelId: 'D1', workspaceId: null, time: '00:00', timezone: 'UTC', language: 'vi' }, new Date('2020-01-01T00:00:00Z'));
    store.close();
    const slack = new RecordingTransport('slack');
    let closed = false;
    const program = createProgram(createRoot({ digestTransports: () => ({ transports: [slack], close: () => void (closed = true) }) })).exitOverride();
    await program.parseAsync(['node', 'briefing', 'digest', 'send']);
    expect(slack.delivered.map((d) => d.subscription.channelId)).toEqual(['C1']);
    expect(out.join('')).toContain('digest send: 1 sent, 0 failed, 0 not due, 1 without a transport (transports: slack)');
    expect(closed).toBe(true);
    out.length = 0;
    await program.parseAsync(['node', 'briefing', 'digest', 'send']);
    expect(slack.delivered).toHaveLength(1);
    expect(out.join('')).toContain('0 sent, 0 failed, 1 not due');
  });

  it('without platforms delivers console subscriptions to stdout', async () => {
    const store = new SqliteStore(tmp.db);
    store.upsertSubscription({ platform: 'console', channelId: 'terminal', workspaceId: null, time: '00:00', timezone: 'UTC', language: 'vi' }, new Date('2020-01-01T00:00:00Z'));
    store.close();
    await run('send');
    expect(out.join('')).toMatch(/# terminal\n.*\n\n[\s\S]*Điểm tin trong ngày/);
    expect(out.join('')).toContain('digest send: 1 sent');
  });
});
