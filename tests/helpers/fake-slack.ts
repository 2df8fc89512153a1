// A fake Slack on 127.0.0.1 for hardening tests: the Web API (recording calls, scripted failures per method or per
// channel, calls held open, channel history with message metadata), a response_url sink, and a signed-request client
// for the app's /slack/events endpoint.
import { createHmac } from 'node:crypto';
import { once } from 'node:events';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export const BOT_USER = 'UBOTUSER';

export interface SlackCall {
  method: string;
  body: Record<string, unknown>;
  authorization: string | undefined;
}

/** One scripted answer for the next call of a method: an HTTP status with headers (e.g. 429 + Retry-After). */
export interface ScriptedFailure {
  status: number;
  headers?: Record<string, string>;
  /** Only a call for this channel takes it (a per-channel 429); others pass. */
  channel?: string;
}

/** A call held open by the fake (a peer that stalls): no answer until released or the connection closes. */
export interface HoldRule {
  method: string;
  /** Only calls for this channel are held. */
  channel?: string;
  /**
   * chat.postMessage only: record the message in the channel's history before holding the answer, as when Slack
   * posted it but the reply never came back (the sender cannot tell the two apart).
   */
  posted?: boolean;
  /** How many calls to hold (default: every matching call until cleared). */
  times?: number;
}

/** A message in a channel's history, as conversations.history returns it. */
export interface HistoryMessage {
  type: 'message';
  ts: string;
  text: string;
  bot_id?: string;
  metadata?: { event_type: string; event_payload: Record<string, unknown> };
}

export async function readBody(req: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  const raw = Buffer.concat(chunks).toString('utf8');
  if ((req.headers['content-type'] ?? '').includes('json')) return raw ? (JSON.parse(raw) as Record<string, unknown>) : {};
  const out: Record<string, unknown> = {};
  for (const [k, v] of new URLSearchParams(raw)) {
    try {
      out[k] = /^[[{]/.test(v) ? JSON.parse(v) : v;
    } catch {
      out[k] = v;
    }
  }
  return out;
}

async function listen(server: Server): Promise<string> {
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

export class FakeSlack {
  /** Every Web API call that got a 200 answer, in order. */
  readonly calls: SlackCall[] = [];
  /** Every Web API request, failed ones included, with the time it arrived (ms). */
  readonly attempts: (SlackCall & { at: number; status: number })[] = [];
  /** Everything posted to response_url, by path. */
  readonly responses: { path: string; body: Record<string, unknown> }[] = [];
  /** Paths of response_url posts as they arrive, before any delay. */
  readonly responsesStarted: string[] = [];
  /** How long the response_url sink waits before answering (and recording) a post. */
  responseDelayMs = 0;
  /** The next this many response_url posts are answered 500 (a transient Slack error) and not recorded. */
  responseFailures = 0;
  /** Valid bot tokens for auth.test (others get invalid_auth). */
  validTokens = new Set<string>();
  /** Bot tokens auth.test refuses (invalid_auth) even when validTokens is empty. */
  refusedTokens = new Set<string>();
  /** Users users.info reports as workspace admins: the tests' default asker is one (digest on/off need it). */
  workspaceAdmins = new Set<string>(['UASKER']);
  /** Channels the bot is not in: chat.postMessage there answers not_in_channel. */
  closedChannels = new Set<string>();
  /** The socket-mode URL apps.connections.open hands out ('' refuses with invalid_auth). */
  socketUrl = '';
  /** Messages posted in each channel, oldest first (conversations.history reads them). */
  readonly history = new Map<string, HistoryMessage[]>();
  /** Calls held open right now, by method. */
  readonly held: SlackCall[] = [];
  private readonly script = new Map<string, ScriptedFailure[]>();
  private holds: HoldRule[] = [];
  private api!: Server;
  private sink!: Server;
  apiBase = '';
  responseBase = '';
  private ts = 1000;

  async start(): Promise<void> {
    this.api = createServer((req, res) => void this.onApi(req, res));
    this.sink = createServer(async (req, res) => {
      const body = await readBody(req);
      this.responsesStarted.push(req.url ?? '');
      if (this.responseFailures > 0) {
        this.responseFailures--;
        res.writeHead(500, { 'content-type': 'text/plain' }).end('internal_error');
        return;
      }
      // A slow response_url keeps the app's reply in flight (shutdown tests).
      if (this.responseDelayMs > 0) await new Promise((r) => setTimeout(r, this.responseDelayMs));
      this.responses.push({ path: req.url ?? '', body });
      res.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
    });
    this.apiBase = await listen(this.api);
    this.responseBase = await listen(this.sink);
  }

  /** The SLACK_API_URL to configure. */
  get apiUrl(): string {
    return `${this.apiBase}/api/`;
  }

  async close(): Promise<void> {
    for (const s of [this.api, this.sink]) {
      s.closeAllConnections();
      await new Promise<void>((resolve) => s.close(() => resolve()));
    }
  }

  /** The next calls of `method` fail as scripted, in order, before it answers normally again. */
  failNext(method: string, ...failures: ScriptedFailure[]): void {
    this.script.set(method, [...(this.script.get(method) ?? []), ...failures]);
  }

  /** Holds matching calls open (a stalled peer); `clearHolds` lets later calls through (held ones stay held). */
  hold(rule: HoldRule): void {
    this.holds.push({ ...rule });
  }

  clearHolds(): void {
    this.holds = [];
  }

  /** Messages in a channel's history carrying metadata of this event type. */
  withMetadata(channel: string, eventType: string): HistoryMessage[] {
    return (this.history.get(channel) ?? []).filter((m) => m.metadata?.event_type === eventType);
  }

  posted(method: string, channel?: string): SlackCall[] {
    return this.calls.filter((c) => c.method === method && (!channel || c.body.channel === channel));
  }

  responsesAt(path: string): Record<string, unknown>[] {
    return this.responses.filter((p) => p.path === path).map((p) => p.body);
  }

  private async onApi(req: IncomingMessage, res: import('node:http').ServerResponse): Promise<void> {
    const method = (req.url ?? '').replace(/^\/api\//, '').split('?')[0]!;
    const body = await readBody(req);
    const call = { method, body, authorization: req.headers.authorization };
    const channel = typeof body.channel === 'string' ? body.channel : undefined;
    const hold = this.holds.find((h) => h.method === method && (!h.channel || h.channel === channel));
    if (hold) {
      if (hold.times !== undefined && --hold.times <= 0) this.holds.splice(this.holds.indexOf(hold), 1);
      if (hold.posted && method === 'chat.postMessage' && channel) this.record(channel, body);
      this.held.push(call);
      this.attempts.push({ ...call, at: Date.now(), status: 0 });
      return; // never answered: the socket stays open until the client gives up or the fake closes
    }
    const queue = this.script.get(method);
    const index = queue?.findIndex((f) => !f.channel || f.channel === channel) ?? -1;
    const failure = index >= 0 ? queue!.splice(index, 1)[0] : undefined;
    this.attempts.push({ ...call, at: Date.now(), status: failure?.status ?? 200 });
    if (failure) {
      res.writeHead(failure.status, { 'content-type': 'application/json', ...failure.headers });
      res.end(JSON.stringify({ ok: false, error: failure.status === 429 ? 'ratelimited' : 'internal_error' }));
      return;
    }
    this.calls.push(call);
    const reply = (payload: object) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify(payload));
    };
    const token = (req.headers.authorization ?? '').replace(/^Bearer /, '') || String(body.token ?? '');
    if (method === 'auth.test') {
      if (this.refusedTokens.has(token) || (this.validTokens.size && !this.validTokens.has(token))) return reply({ ok: false, error: 'invalid_auth' });
      return reply({ ok: true, user_id: BOT_USER, bot_id: 'BBOT', team_id: 'T1', user: 'briefing', team: 'Test', url: 'https://test.slack.com/' });
    }
    if (method === 'apps.connections.open') return reply(this.socketUrl ? { ok: true, url: this.socketUrl } : { ok: false, error: 'invalid_auth' });
    if (method === 'users.info') {
      const id = String(body.user ?? '');
      return reply({ ok: true, user: { id, name: id.toLowerCase(), is_admin: this.workspaceAdmins.has(id), is_owner: false, is_primary_owner: false } });
    }
    if (method === 'chat.postMessage' && this.closedChannels.has(String(body.channel))) return reply({ ok: false, error: 'not_in_channel' });
    if (method === 'chat.postMessage') return reply({ ok: true, channel: body.channel, ts: this.record(String(body.channel), body).ts, message: {} });
    if (method === 'conversations.history') return reply(this.historyPage(body));
    if (method === 'chat.postEphemeral') return reply({ ok: true, message_ts: `${++this.ts}.000200` });
    return reply({ ok: false, error: 'unknown_method' });
  }

  private record(channel: string, body: Record<string, unknown>): HistoryMessage {
    // Slack's ts is the posting time in epoch seconds, unique within the channel.
    const message: HistoryMessage = { type: 'message', ts: `${Math.floor(Date.now() / 1000)}.${String(++this.ts).padStart(6, '0')}`, text: String(body.text ?? ''), bot_id: 'BBOT' };
    const metadata = body.metadata as HistoryMessage['metadata'] | undefined;
    if (metadata && typeof metadata === 'object') message.metadata = metadata;
    this.history.set(channel, [...(this.history.get(channel) ?? []), message]);
    return message;
  }

  /** conversations.history: newest first, after `oldest`, `limit` a page, with a cursor; metadata only when asked. */
  private historyPage(body: Record<string, unknown>): object {
    const oldest = Number(body.oldest ?? 0);
    const limit = Number(body.limit ?? 100);
    const start = Number(body.cursor ?? 0);
    const all = (this.history.get(String(body.channel)) ?? []).filter((m) => Number(m.ts) > oldest).reverse();
    const page = all.slice(start, start + limit).map((m) => (String(body.include_all_metadata) === 'true' ? m : { ...m, metadata: undefined }));
    const more = start + limit < all.length;
    return { ok: true, messages: page, has_more: more, response_metadata: { next_cursor: more ? String(start + limit) : '' } };
  }
}

/** Signs and sends requests to the app's /slack/events endpoint as Slack would. */
export class SlackSender {
  private counter = 0;
  constructor(
    private readonly base: string,
    private readonly secret: string,
    private readonly fake: FakeSlack,
  ) {}

  /** Signs with `timestamp` (seconds; now unless given) and posts. */
  async post(body: string, contentType: string, headers: Record<string, string> = {}, timestamp = Math.floor(Date.now() / 1000)): Promise<Response> {
    const signature = `v0=${createHmac('sha256', this.secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
    return fetch(`${this.base}/slack/events`, {
      method: 'POST',
      headers: { 'content-type': contentType, 'x-slack-request-timestamp': String(timestamp), 'x-slack-signature': signature, ...headers },
      body,
    });
  }

  /** Sends a slash command; returns the response_url path the app answers on. */
  async command(command: string, text: string, who: { user?: string; channel?: string } = {}): Promise<string> {
    const path = `/respond/${++this.counter}-${Math.random().toString(36).slice(2, 8)}`;
    const form = new URLSearchParams({
      token: 'legacy', team_id: 'T1', team_domain: 'test', channel_id: who.channel ?? 'C1', channel_name: 'general', user_id: who.user ?? 'UASKER',
      user_name: 'asker', command, text, api_app_id: 'A1', response_url: `${this.fake.responseBase}${path}`, trigger_id: 't1',
    });
    const res = await this.post(form.toString(), 'application/x-www-form-urlencoded');
    if (res.status !== 200) throw new Error(`slash command answered ${res.status}`);
    return path;
  }

  async event(event: Record<string, unknown>): Promise<string> {
    const eventId = `Ev${++this.counter}${Math.random().toString(36).slice(2, 8)}`;
    const body = JSON.stringify({ token: 'legacy', team_id: 'T1', api_app_id: 'A1', type: 'event_callback', event_id: eventId, event_time: 1, event });
    const res = await this.post(body, 'application/json');
    if (res.status !== 200) throw new Error(`event answered ${res.status}`);
    return eventId;
  }
}

export async function waitFor<T>(probe: () => T | undefined | false, what: string, timeoutMs = 5000): Promise<T> {
  const start = Date.now();
  for (;;) {
    const v = probe();
    if (v) return v;
    if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
