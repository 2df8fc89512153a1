// The HTTP front of the Slack adapter: refuses what Slack never sends before any of it is buffered (a body over the
// limit, a signature timestamp outside the window in either direction), then hands the request to Bolt's receiver.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { ListenOptions } from 'node:net';
import type { App, BufferedIncomingMessage, HTTPReceiver, Receiver } from '@slack/bolt';
import type { Logger } from '../../src/model/logger.js';

export interface RequestLimits {
  /** Largest request body read (Slack's payloads are a few kilobytes); a larger one gets 413 and is never buffered. */
  maxBodyBytes: number;
  /** How far a request's x-slack-request-timestamp may be from now, in either direction (Slack's rule: 5 minutes). */
  maxClockSkewMs: number;
  /** The whole request must arrive within this time, so a slow sender cannot hold a connection open. */
  requestTimeoutMs: number;
}

export const DEFAULT_REQUEST_LIMITS: Readonly<RequestLimits> = Object.freeze({
  maxBodyBytes: 1024 * 1024,
  maxClockSkewMs: 5 * 60_000,
  requestTimeoutMs: 15_000,
});

/**
 * Bolt's HTTPReceiver buffers every body whole before checking its signature, and refuses only timestamps from the
 * past. This receiver owns the HTTP server instead: on the event endpoints it checks the timestamp and the size first,
 * reads at most `maxBodyBytes`, and passes the request on already buffered (Bolt then verifies the signature as usual).
 */
export class GuardedHTTPReceiver implements Receiver {
  private server: Server | undefined;

  constructor(
    private readonly inner: HTTPReceiver,
    private readonly options: { endpoints: readonly string[]; limits: RequestLimits; logger: Logger; now?: () => number },
  ) {}

  init(app: App): void {
    this.inner.init(app);
  }

  async start(listen: ListenOptions): Promise<Server> {
    const server = createServer((req, res) => this.onRequest(req, res));
    server.requestTimeout = this.options.limits.requestTimeoutMs;
    server.headersTimeout = Math.min(this.options.limits.requestTimeoutMs, 60_000);
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(listen, () => {
        server.off('error', reject);
        resolve();
      });
    });
    this.server = server;
    return server;
  }

  /** Stops listening; open connections are closed once idle, and all of them after `graceMs`. */
  async stop(graceMs = 2_000): Promise<void> {
    const server = this.server;
    if (!server) return;
    this.server = undefined;
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    server.closeIdleConnections();
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([closed, new Promise<void>((resolve) => (timer = setTimeout(resolve, graceMs)))]);
    clearTimeout(timer);
    server.closeAllConnections();
  }

  private onRequest(req: IncomingMessage, res: ServerResponse): void {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    if (req.method === 'POST' && this.options.endpoints.includes(path)) return this.guardEvent(req, res);
    this.pass(req, res);
  }

  private guardEvent(req: IncomingMessage, res: ServerResponse): void {
    const { limits, logger } = this.options;
    const skewMs = this.clockSkewMs(req);
    if (skewMs !== undefined && Math.abs(skewMs) > limits.maxClockSkewMs) {
      logger.warn({ skewSeconds: Math.round(skewMs / 1000) }, 'slack: request refused: timestamp outside the signature window');
      return refuse(res, 401);
    }
    const declared = Number(req.headers['content-length']);
    if (Number.isFinite(declared) && declared > limits.maxBodyBytes) return this.tooLarge(req, res, declared);
    const chunks: Buffer[] = [];
    let size = 0;
    let refused = false;
    req.on('data', (chunk: Buffer) => {
      if (refused) return;
      size += chunk.length;
      if (size > limits.maxBodyBytes) {
        refused = true;
        chunks.length = 0;
        this.tooLarge(req, res, size);
      } else chunks.push(chunk);
    });
    req.on('end', () => {
      if (refused) return;
      (req as BufferedIncomingMessage).rawBody = Buffer.concat(chunks, size);
      this.pass(req, res);
    });
    req.on('error', () => {
      refused = true;
      chunks.length = 0;
    });
  }

  /** 413 with Connection: close; Node then ends the connection without reading the rest of the body. */
  private tooLarge(req: IncomingMessage, res: ServerResponse, bytes: number): void {
    this.options.logger.warn({ bytes, limit: this.options.limits.maxBodyBytes }, 'slack: request refused: body over the limit');
    req.pause();
    refuse(res, 413);
  }

  /** Seconds of x-slack-request-timestamp minus now, in ms; undefined when absent or unreadable (Bolt refuses those). */
  private clockSkewMs(req: IncomingMessage): number | undefined {
    const header = req.headers['x-slack-request-timestamp'];
    const seconds = typeof header === 'string' && /^\d+$/.test(header) ? Number(header) : NaN;
    return Number.isFinite(seconds) ? seconds * 1000 - (this.options.now ?? Date.now)() : undefined;
  }

  private pass(req: IncomingMessage, res: ServerResponse): void {
    try {
      this.inner.requestListener(req, res);
    } catch {
      // Bolt throws for a path it does not serve (its own server answers 404 the same way).
      if (!res.headersSent) refuse(res, 404);
    }
  }
}

function refuse(res: ServerResponse, status: number): void {
  if (res.headersSent) return;
  res.writeHead(status, { connection: 'close', 'content-length': 0 });
  res.end();
}
