// HEALTH_PORT: GET /healthz (each platform's connection, the database, the fact table; 503 when one is down) and
// GET /metrics (Prometheus text), in every mode: Slack HTTP, Socket Mode and Discord alike.
import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Briefing } from '../src/app/Briefing.js';
import type { StoreHealth } from '../src/app/store-port.js';
import type { PromMetrics } from './metrics.js';
import { portError } from './network-error.js';
import type { PlatformHealth } from './platform-context.js';

export interface HealthReport {
  ok: boolean;
  platforms: Record<string, PlatformHealth & { ok: boolean }>;
  database: StoreHealth;
  facts: { ok: boolean; facts: number; sources: number };
}

/** Up when every platform is connected, the database answers and the fact table holds facts. */
export function healthReport(briefing: Briefing, platforms: ReadonlyMap<string, () => PlatformHealth>): HealthReport {
  const app = briefing.health();
  const states = Object.fromEntries([...platforms].map(([name, health]) => {
    const h = health();
    return [name, { ok: h.state === 'connected', ...h }];
  }));
  const facts = { ok: app.facts > 0, facts: app.facts, sources: app.sources };
  const ok = Object.values(states).every((p) => p.ok) && app.ok;
  return { ok, platforms: states, database: app.database, facts };
}

export interface HealthServer {
  port: number;
  close(): Promise<void>;
}

/** Listens on `port` (0: any free one) until closed; a port in use or not allowed is a StartupError naming HEALTH_PORT. */
export async function startHealthServer(options: { port: number; host?: string; report: () => HealthReport; metrics: PromMetrics }): Promise<HealthServer> {
  const server: Server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD' }).end();
    } else if (path === '/healthz') {
      const report = options.report();
      res.writeHead(report.ok ? 200 : 503, { 'content-type': 'application/json', 'cache-control': 'no-store' }).end(JSON.stringify(report));
    } else if (path === '/metrics') {
      options.metrics.text().then(
        (text) => res.writeHead(200, { 'content-type': options.metrics.contentType }).end(text),
        () => res.writeHead(500).end(),
      );
    } else {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('GET /healthz or /metrics\n');
    }
  });
  server.listen(options.port, options.host);
  try {
    await once(server, 'listening');
  } catch (error) {
    throw portError('HEALTH_PORT', options.port, error);
  }
  return {
    port: (server.address() as AddressInfo).port,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
