// A fake Discord on 127.0.0.1 for adapter tests: the REST API (node:http) and the gateway (ws), recording requests.
// Like Discord, it keeps each channel's messages (GET returns them, newest first; a repeated enforce_nonce is not posted
// twice) and refuses an interaction callback after the 3-second window or a second one; requests can be held open.
import { once } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';

export const APP_ID = '100000000000000001';
export const BOT_ID = '100000000000000002';
export const GUILD_ID = '100000000000000003';
export const CHANNEL_ID = '100000000000000004';
/** A channel the REST fake answers with Discord's "Unknown Channel" error. */
export const GONE_CHANNEL_ID = '100000000000000099';

export const BOT_USER = { id: BOT_ID, username: 'briefing', discriminator: '0', global_name: null, avatar: null, bot: true };

/** The person who asks in the tests' interactions. */
export const ASKER = { id: '100000000000000020', username: 'analyst', discriminator: '0', global_name: 'Analyst', avatar: null };

/** What an interaction may set beyond its type and data. */
export interface InteractionExtra {
  /** The member's permission bits (default none). */
  permissions?: string;
  /** The message a component interaction was clicked on. */
  message?: unknown;
  /** The asker's Discord locale (default en-US). */
  locale?: string;
}

/** A message the bot authored, as Discord's API returns it; `fields` fills what differs from message to message. */
export function botMessage(
  id: string,
  channelId: string,
  fields: { content?: string; embeds?: unknown[]; components?: unknown[]; type?: number; flags?: number; timestamp?: string } = {},
): Record<string, unknown> {
  return {
    id,
    channel_id: channelId,
    guild_id: GUILD_ID,
    author: BOT_USER,
    content: fields.content ?? '',
    timestamp: fields.timestamp ?? new Date().toISOString(),
    edited_timestamp: null,
    tts: false,
    mention_everyone: false,
    mentions: [],
    mention_roles: [],
    attachments: [],
    embeds: fields.embeds ?? [],
    components: fields.components ?? [],
    pinned: false,
    type: fields.type ?? 0,
    flags: fields.flags ?? 0,
  };
}

export interface RecordedRequest {
  method: string;
  /** Path without the query, e.g. /api/v10/channels/1/messages. */
  path: string;
  query: URLSearchParams;
  body: any;
  authorization: string | undefined;
}

export class FakeDiscord {
  readonly requests: RecordedRequest[] = [];
  /** While true, the gateway closes every new connection at once (Discord unreachable after a drop). */
  refuseGateway = false;
  /** Bot tokens the REST API answers with 401 Unauthorized (a revoked or mistyped token). */
  readonly refusedTokens = new Set<string>();
  /** IDENTIFY payloads received by the gateway. */
  readonly identifies: any[] = [];
  /** RESUME payloads received by the gateway (after a resumable disconnect). */
  readonly resumes: any[] = [];
  /** Messages in each channel, oldest first, as created through REST. */
  readonly channelMessages = new Map<string, Record<string, unknown>[]>();
  /** How long after its dispatch an interaction may still be answered (Discord: 3 seconds). */
  interactionWindowMs = 3000;
  /** Scripted REST answers: the next requests matching `match` get these instead of the normal reply, in order. */
  private readonly failures: { match: (method: string, path: string) => boolean; status: number; headers: Record<string, string>; body: unknown }[] = [];
  /** Requests matching these are never answered (a stalled peer); `times` counts down. */
  private holds: { match: (method: string, path: string) => boolean; times: number }[] = [];
  private readonly dispatchedAt = new Map<string, number>();
  private readonly answered = new Set<string>();
  private http!: Server;
  private wss!: WebSocketServer;
  private sockets = new Set<WebSocket>();
  private seq = 0;
  private nextId = 0n;
  private interactions = 0;

  get apiUrl(): string {
    return `http://127.0.0.1:${(this.http.address() as AddressInfo).port}/api`;
  }

  get gatewayUrl(): string {
    return `ws://127.0.0.1:${(this.wss.address() as AddressInfo).port}`;
  }

  async start(): Promise<void> {
    this.wss = new WebSocketServer({ host: '127.0.0.1', port: 0 });
    await once(this.wss, 'listening');
    this.wss.on('connection', (socket) => this.onGateway(socket));
    this.http = createServer((req, res) => void this.onRest(req, res));
    this.http.listen(0, '127.0.0.1');
    await once(this.http, 'listening');
  }

  async close(): Promise<void> {
    for (const s of this.sockets) s.terminate();
    await new Promise<void>((resolve) => this.wss.close(() => resolve()));
    this.http.closeAllConnections();
    await new Promise<void>((resolve) => this.http.close(() => resolve()));
  }

  /** A new id, increasing, carrying the current time as Discord's do (the client reads times from ids). */
  snowflake(): string {
    const now = (BigInt(Date.now()) - 1420070400000n) << 22n;
    this.nextId = now > this.nextId ? now : this.nextId + 1n;
    return this.nextId.toString();
  }

  /** An interaction as the gateway sends it, from ASKER in the test channel, with a fresh id and token. */
  interaction(type: number, data: Record<string, unknown>, extra: InteractionExtra = {}) {
    return {
      id: this.snowflake(),
      application_id: APP_ID,
      type,
      data,
      guild_id: GUILD_ID,
      channel: { id: CHANNEL_ID, type: 0, guild_id: GUILD_ID, name: 'diplomacy' },
      channel_id: CHANNEL_ID,
      member: { user: ASKER, roles: [], joined_at: '2020-01-01T00:00:00.000Z', permissions: extra.permissions ?? '0', deaf: false, mute: false, flags: 0 },
      token: `itoken${++this.interactions}`,
      version: 1,
      app_permissions: '0',
      locale: extra.locale ?? 'en-US',
      guild_locale: 'en-US',
      entitlements: [],
      authorizing_integration_owners: { 0: GUILD_ID },
      context: 0,
      attachment_size_limit: 8_388_608,
      ...(extra.message ? { message: extra.message } : {}),
    };
  }

  /** A message someone posts in the test channel that mentions the bot (a MESSAGE_CREATE payload). */
  mention(content: string, options: { author?: Record<string, unknown>; mentionEveryone?: boolean } = {}) {
    return {
      id: this.snowflake(),
      channel_id: CHANNEL_ID,
      guild_id: GUILD_ID,
      author: options.author ?? ASKER,
      member: { roles: [], joined_at: '2020-01-01T00:00:00.000Z', deaf: false, mute: false, flags: 0 },
      content,
      timestamp: '2026-11-23T01:00:00.000Z',
      edited_timestamp: null,
      tts: false,
      mention_everyone: options.mentionEveryone ?? false,
      mentions: [BOT_USER],
      mention_roles: [],
      attachments: [],
      embeds: [],
      components: [],
      pinned: false,
      type: 0,
      flags: 0,
    };
  }

  /** Whether a request is the callback (POST /interactions/:id/:token/callback) of this interaction. */
  static isCallbackOf(payload: { id: string; token: string }): (r: { method: string; path: string }) => boolean {
    return (r) => r.method === 'POST' && r.path === `/api/v10/interactions/${payload.id}/${payload.token}/callback`;
  }

  /** Dispatches an interaction and returns its callback request. */
  async interact(payload: { id: string; token: string }, timeoutMs?: number): Promise<RecordedRequest> {
    const from = this.requests.length;
    this.dispatch('INTERACTION_CREATE', payload);
    return this.waitFor(FakeDiscord.isCallbackOf(payload), from, timeoutMs);
  }

  /** Sends a gateway dispatch (op 0) to every connected client. */
  dispatch(t: string, d: unknown): void {
    if (t === 'INTERACTION_CREATE') this.dispatchedAt.set((d as { id: string }).id, Date.now());
    const payload = JSON.stringify({ op: 0, t, s: ++this.seq, d });
    for (const s of this.sockets) s.send(payload);
  }

  /** Waits until a request matching `match` has been recorded (after index `from`), and returns it. */
  async waitFor(match: (r: RecordedRequest) => boolean, from = 0, timeoutMs = 5000): Promise<RecordedRequest> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.requests.slice(from).find(match);
      if (found) return found;
      if (Date.now() > deadline) throw new Error(`no matching request; saw: ${this.requests.slice(from).map((r) => `${r.method} ${r.path}`).join(', ')}`);
      await new Promise((r) => setTimeout(r, 10));
    }
  }

  /** The next request matching `match` is answered with this status, headers and JSON body (e.g. a 429). */
  failNext(match: (method: string, path: string) => boolean, status: number, headers: Record<string, string> = {}, body: unknown = { message: 'error', code: 0 }): void {
    this.failures.push({ match, status, headers, body });
  }

  /** The next `times` requests matching `match` are held open, never answered. */
  hold(match: (method: string, path: string) => boolean, times = 1): void {
    this.holds.push({ match, times });
  }

  /** Messages the bot posted in a channel, oldest first. */
  messagesIn(channelId: string): Record<string, unknown>[] {
    return this.channelMessages.get(channelId) ?? [];
  }

  /** Closes every gateway connection with this close code (4000 is resumable: the client should RESUME). */
  closeGateway(code: number): void {
    for (const s of this.sockets) s.close(code, 'closed by the fake gateway');
  }

  guild(): Record<string, unknown> {
    return {
      id: GUILD_ID,
      name: 'Briefing test',
      icon: null,
      owner_id: '100000000000000010',
      preferred_locale: 'en-US',
      features: [],
      roles: [{ id: GUILD_ID, name: '@everyone', permissions: '0', position: 0, color: 0, hoist: false, managed: false, mentionable: false, flags: 0 }],
      emojis: [],
      stickers: [],
      channels: [{ id: CHANNEL_ID, type: 0, name: 'diplomacy', guild_id: GUILD_ID, position: 0, permission_overwrites: [] }],
      threads: [],
      members: [],
      presences: [],
      voice_states: [],
      stage_instances: [],
      guild_scheduled_events: [],
      soundboard_sounds: [],
      member_count: 2,
      large: false,
      unavailable: false,
      joined_at: '2020-01-01T00:00:00.000Z',
    };
  }

  private onGateway(socket: WebSocket): void {
    if (this.refuseGateway) {
      socket.terminate();
      return;
    }
    this.sockets.add(socket);
    socket.on('close', () => this.sockets.delete(socket));
    socket.send(JSON.stringify({ op: 10, d: { heartbeat_interval: 41_250 } }));
    socket.on('message', (raw) => {
      const payload = JSON.parse(String(raw)) as { op: number; d: any };
      if (payload.op === 1) socket.send(JSON.stringify({ op: 11 }));
      if (payload.op === 2) {
        this.identifies.push(payload.d);
        this.dispatch('READY', {
          v: 10,
          user: BOT_USER,
          session_id: 'fake-session',
          resume_gateway_url: this.gatewayUrl,
          application: { id: APP_ID, flags: 0 },
          guilds: [{ id: GUILD_ID, unavailable: true }],
          shard: [0, 1],
        });
        this.dispatch('GUILD_CREATE', this.guild());
      }
      if (payload.op === 6) {
        this.resumes.push(payload.d);
        socket.send(JSON.stringify({ op: 0, t: 'RESUMED', s: ++this.seq, d: {} }));
      }
    });
  }

  private async onRest(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const body = text && String(req.headers['content-type']).includes('json') ? JSON.parse(text) : text || undefined;
    const method = req.method ?? 'GET';
    this.requests.push({ method, path: url.pathname, query: url.searchParams, body, authorization: req.headers.authorization });

    const json = (status: number, data: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(data));
    };
    const p = decodeURIComponent(url.pathname);
    if (this.refusedTokens.has((req.headers.authorization ?? '').replace(/^Bot /, ''))) return json(401, { message: '401: Unauthorized', code: 0 });
    const hold = this.holds.find((h) => h.match(method, p));
    if (hold) {
      if (--hold.times <= 0) this.holds.splice(this.holds.indexOf(hold), 1);
      return; // never answered: the client's own timeout is all that ends it
    }
    const failure = this.failures.findIndex((f) => f.match(method, p));
    if (failure >= 0) {
      const [f] = this.failures.splice(failure, 1);
      res.writeHead(f!.status, { 'content-type': 'application/json', ...f!.headers });
      res.end(JSON.stringify(f!.body));
      return;
    }
    if (method === 'GET' && p === '/api/v10/gateway/bot') {
      return json(200, { url: this.gatewayUrl, shards: 1, session_start_limit: { total: 1000, remaining: 1000, reset_after: 0, max_concurrency: 1 } });
    }
    if (method === 'GET' && p === '/api/v10/users/@me') return json(200, BOT_USER);
    if (method === 'GET' && p === '/api/v10/oauth2/applications/@me') {
      return json(200, { id: APP_ID, name: 'briefing', icon: null, description: '', bot_public: true, bot_require_code_grant: false, verify_key: 'x', flags: 0 });
    }
    let m = /^\/api\/v10\/interactions\/(\d+)\/[^/]+\/callback$/.exec(p);
    if (method === 'POST' && m) {
      // Discord accepts one callback per interaction, within 3 seconds of it.
      const at = this.dispatchedAt.get(m[1]!);
      if (at !== undefined && Date.now() - at > this.interactionWindowMs) return json(404, { message: 'Unknown interaction', code: 10062 });
      if (this.answered.has(m[1]!)) return json(400, { message: 'Interaction has already been acknowledged.', code: 40060 });
      this.answered.add(m[1]!);
      res.writeHead(204).end();
      return;
    }
    m = /^\/api\/v10\/channels\/(\d+)\/messages$/.exec(p);
    if (method === 'POST' && m) {
      if (m[1] === GONE_CHANNEL_ID) return json(404, { message: 'Unknown Channel', code: 10003 });
      const kept = this.messagesIn(m[1]!);
      // enforce_nonce: a nonce already used in the channel returns that message instead of posting again.
      const same = body?.enforce_nonce && body.nonce ? kept.find((k) => k.nonce === body.nonce) : undefined;
      if (same) return json(200, same);
      const created = { ...this.message(m[1]!, body), ...(body?.nonce ? { nonce: body.nonce } : {}) };
      this.channelMessages.set(m[1]!, [...kept, created]);
      return json(200, created);
    }
    if (method === 'GET' && m) {
      // As Discord: with `after`, the first `limit` messages after that id; otherwise the latest `limit`; newest first
      // either way, and without the nonce (Discord keeps none).
      const after = url.searchParams.get('after');
      const limit = Number(url.searchParams.get('limit') ?? 50);
      const all = this.messagesIn(m[1]!);
      const list = after === null ? all.slice(-limit) : all.filter((k) => BigInt(String(k.id)) > BigInt(after)).slice(0, limit);
      return json(200, list.reverse().map(({ nonce: _nonce, ...k }) => k));
    }
    m = /^\/api\/v10\/webhooks\/\d+\/[^/]+(?:\/messages\/[^/]+)?$/.exec(p);
    if ((method === 'POST' || method === 'PATCH') && m) return json(200, this.message(CHANNEL_ID, body));
    if (method === 'PUT' && /^\/api\/v10\/applications\/\d+(\/guilds\/\d+)?\/commands$/.test(p)) {
      return json(200, (body as any[]).map((c) => ({ ...c, id: this.snowflake(), application_id: APP_ID, version: '1', default_member_permissions: c.default_member_permissions ?? null })));
    }
    json(404, { message: '404: Not Found', code: 0 });
  }

  private message(channelId: string, body: any): Record<string, unknown> {
    return botMessage(this.snowflake(), channelId, {
      content: body?.content,
      embeds: body?.embeds,
      components: body?.components,
      type: body?.message_reference ? 19 : 0,
      flags: body?.flags,
    });
  }
}
