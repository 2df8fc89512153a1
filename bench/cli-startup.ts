// Time from process start to answer for `briefing ask`: spawns the real command line and takes the median.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { median, now, round } from './measure.js';

export interface StartupFigures {
  question: string;
  runs: number;
  medianMs: number;
  minMs: number;
  maxMs: number;
  runsMs: number[];
}

export function measureCliStartup(root: string, question: string, runs: number, env: Record<string, string> = {}): StartupFigures {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = now();
    const r = spawnSync(process.execPath, [join(root, 'bin', 'briefing.js'), 'ask', question], { cwd: root, encoding: 'utf8', env: { ...process.env, ...env, LOG_LEVEL: 'silent' } });
    const ms = now() - t0;
    if (r.status !== 0) throw new Error(`briefing ask exited with ${r.status}: ${r.stderr.trim().split('\n')[0] ?? ''}`);
    times.push(ms);
  }
  return { question, runs, medianMs: round(median(times)), minMs: round(Math.min(...times)), maxMs: round(Math.max(...times)), runsMs: times.map((t) => round(t)) };
}
