// Starts the Slack app: Socket Mode with an app token, otherwise HTTP with signed requests; wires listeners and hooks.
import type { AddressInfo } from 'node:net';
import { App, HTTPReceiver, SocketModeReceiver, type CustomRoute } from '@slack/bolt';
import type { DigestTransport } from '../../src/app/digest/types.js';
import { ConfigError } from '../../src/config/config.js';
import { describeError } from '../../src/model/errors.js';
import { portError } from '../network-error.js';
import type { Language } from '../../src/model/language.js';
import { InFlight } from '../InFlight.js';
import { noPlatformMetrics, type ConnectionState, type PlatformContext, type PlatformHealth } from '../platform-context.js';
import { boltLogger } from './bolt-logger.js';
import { DEFAULT_SLACK_RETRY, DEFAULT_SLACK_TIMEOUT_MS, slackClientOptions } from './client-options.js';
import { createErrorHook, type ErrorReply } from './error-hook.js';
import { DEFAULT_REQUEST_LIMITS, GuardedHTTPReceiver, type RequestLimits } from './guarded-receiver.js';
import type { HandlerDeps } from './handler-deps.js';
import { registerActions } from './register-actions.js';
import { registerCommands } from './register-commands.js';
import { registerConversation } from './register-conversation.js';
import { renderText } from './render-answer.js';
import { DEFAULT_RESPOND_OPTIONS, responder } from './respond.js';
import { DEFAULT_SLACK_BACKOFF, SlackChat, slackBackoff } from './slack-chat.js';
import { createSlackTransport, digestClient } from './slack-transport.js';
import { slackStartupError } from './startup-errors.js';

export interface SlackOptions {
  /** HTTP mode: port to listen on; 0 picks a free one (tests). Defaults to config.slack.port (SLACK_PORT). */
  port?: number;
  /** HTTP mode: interface to bind; all interfaces when unset. */
  host?: string;
  /** Language of replies whose text shows none (help, sources, empty questions). */
  language: Language;
  /** How many related facts an answer offers as "See also" buttons. */
  maxRelated: number;
  /** Web API retries per call (see SlackRetry in client-options.ts). */
  apiRetries: number;
  /** First backoff before a Web API retry, in ms. */
  apiRetryMinMs: number;
  /** Longest backoff between Web API retries, in ms. */
  apiRetryMaxMs: number;
  /** How long one Web API or response_url call may take before it is abandoned (then retried, or the asker gets the apology). */
  apiTimeoutMs: number;
  /** The longest Retry-After a reply waits out in its channel (other channels never wait); a longer one gets the apology. */
  maxRetryAfterMs: number;
  /** On stop, how long in-flight replies may take to finish. */
  drainTimeoutMs: number;
  /** HTTP mode: the largest body, the signature timestamp window and the time a request may take to arrive. */
  requestLimits: RequestLimits;
}

const DEFAULTS: Readonly<SlackOptions> = Object.freeze({
  language: 'vi',
  maxRelated: 4,
  apiRetries: DEFAULT_SLACK_RETRY.retries,
  apiRetryMinMs: DEFAULT_SLACK_RETRY.minMs,
  apiRetryMaxMs: DEFAULT_SLACK_RETRY.maxMs,
  apiTimeoutMs: DEFAULT_SLACK_TIMEOUT_MS,
  maxRetryAfterMs: DEFAULT_SLACK_BACKOFF.maxWaitMs,
  drainTimeoutMs: 10_000,
  requestLimits: DEFAULT_REQUEST_LIMITS,
});

export interface SlackHandle {
  app: App;
  /** Posts digests to Slack channels (for the scheduler). */
  transport: DigestTransport;
  /** The port actually listened on, in HTTP mode. */
  port?: number;
  /** The connection as /healthz reports it: HTTP mode is up while it listens; Socket Mode follows its WebSocket. */
  health(): PlatformHealth;
  stop(): Promise<void>;
}

export const EVENTS_PATH = '/slack/events';
export const HEALTH_PATH = '/healthz';

export async function startSlack(context: PlatformContext, options: Partial<SlackOptions> = {}): Promise<SlackHandle> {
  const o = { ...DEFAULTS, ...options };
  const { briefing } = context;
  const slack = context.config.slack;
  if (!slack) throw new ConfigError(['SLACK_BOT_TOKEN is required to start Slack (with SLACK_SIGNING_SECRET, or SLACK_APP_TOKEN for Socket Mode)']);
  const socketMode = !!slack.appToken;
  if (!socketMode && !slack.signingSecret) throw new ConfigError(['SLACK_SIGNING_SECRET is required for HTTP mode (or set SLACK_APP_TOKEN for Socket Mode)']);

  const logger = context.logger.child({ adapter: 'slack', mode: socketMode ? 'socket' : 'http' });
  const metrics = context.metrics ?? noPlatformMetrics;
  const clientOptions = slackClientOptions(slack, { ...DEFAULT_SLACK_RETRY, retries: o.apiRetries, minMs: o.apiRetryMinMs, maxMs: o.apiRetryMaxMs }, metrics, o.apiTimeoutMs);
  const healthRoute: CustomRoute = {
    path: HEALTH_PATH,
    method: ['GET'],
    handler: (_req, res) => {
      // 503 while the database cannot store what it is given (gone, replaced, read-only, full): a silent loss otherwise.
      const health = briefing.health();
      res.writeHead(health.ok ? 200 : 503, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ mode: 'http', ...health }));
    },
  };

  // Socket Mode's receiver is made here (not by Bolt) so that its WebSocket client's state can be followed for /healthz.
  const socketReceiver = socketMode ? new SocketModeReceiver({ appToken: slack.appToken!, logger: boltLogger(logger), installerOptions: { clientOptions } }) : undefined;
  let state: ConnectionState = 'connecting';
  for (const event of ['connecting', 'connected', 'reconnecting', 'disconnected'] as const) socketReceiver?.client.on(event, () => (state = event));
  const app = socketReceiver
    ? new App({ token: slack.botToken, receiver: socketReceiver, socketMode: true, clientOptions, logger: boltLogger(logger), extendedErrorHandler: true, deferInitialization: true })
    : new App({
        token: slack.botToken,
        receiver: new GuardedHTTPReceiver(
          new HTTPReceiver({ signingSecret: slack.signingSecret!, endpoints: [EVENTS_PATH], customRoutes: [healthRoute], logger: boltLogger(logger) }),
          { endpoints: [EVENTS_PATH], limits: o.requestLimits, logger },
        ),
        clientOptions,
        logger: boltLogger(logger),
        extendedErrorHandler: true,
        // Checked in init() below: a revoked or mistyped token fails the start instead of every later request.
        deferInitialization: true,
      });

  const errors = createErrorHook(logger, metrics);
  // One back-off for the process: a channel rate-limited for a reply is also paused for its digest, and the reverse.
  const chat = new SlackChat(app.client, slackBackoff({ ...DEFAULT_SLACK_BACKOFF, maxWaitMs: o.maxRetryAfterMs }));
  const respondTo = (url: string) => responder(url, { ...DEFAULT_RESPOND_OPTIONS, timeoutMs: o.apiTimeoutMs });
  const deps: HandlerDeps = { briefing, errors, language: o.language, maxRelated: o.maxRelated, chat, respondTo };

  // Every request is tracked until its listeners finish, so stop() can let in-flight replies go out.
  const inFlight = new InFlight();
  let stopping = false;
  app.use(async ({ next }) => {
    // During shutdown the request is acknowledged (Bolt already did) but not answered; Slack shows nothing then.
    if (stopping) return;
    await inFlight.track(next());
  });
  // Slack retries an event it thinks was lost (X-Slack-Retry-Num); each event_id is handled once, retries included.
  app.use(async ({ body, context, next }) => {
    const eventId = (body as { event_id?: unknown }).event_id;
    if (typeof eventId === 'string' && !briefing.firstDelivery(eventId)) {
      logger.info({ eventId, retryNum: context.retryNum, retryReason: context.retryReason }, 'slack: duplicate event ignored');
      return;
    }
    await next();
  });

  registerCommands(app, deps);
  registerConversation(app, deps);
  registerActions(app, deps);

  // Whatever escapes a listener (or fails inside Bolt): log it and, when the request has a response_url, say so.
  app.error(async ({ error, body }: { error: Error; body: unknown }) => {
    const responseUrl = (body as { response_url?: unknown } | undefined)?.response_url;
    const reply: ErrorReply | undefined =
      typeof responseUrl === 'string' ? (text) => respondTo(responseUrl)({ response_type: 'ephemeral', replace_original: false, ...renderText(text) }) : undefined;
    await errors.report(error, 'bolt', o.language, reply);
  });

  let port: number | undefined;
  try {
    await app.init();
  } catch (error) {
    // One clear line at start-up (refused, or Slack not reachable at all), never the token itself.
    throw slackStartupError(error, 'SLACK_BOT_TOKEN', 'auth.test', slack.apiUrl);
  }
  try {
    if (socketMode) {
      await app.start();
    } else {
      const server = await app.start({ port: o.port ?? slack.port, ...(o.host ? { host: o.host } : {}) });
      port = (server.address() as AddressInfo).port;
    }
  } catch (error) {
    logger.error({ error: describeError(error) }, 'slack: could not start');
    // The bot token was accepted above: in Socket Mode what fails now is the app token or the connection.
    if (socketMode) {
      await app.stop().catch(() => undefined);
      throw slackStartupError(error, 'SLACK_APP_TOKEN', 'apps.connections.open', slack.apiUrl);
    }
    throw portError('SLACK_PORT', o.port ?? slack.port, error);
  }
  if (!socketMode) state = 'connected';
  logger.info({ port }, 'slack: started');

  let stopped = false;
  return {
    app,
    // The digests' own client (no retries: the scheduler's), over the replies' per-channel back-off.
    transport: createSlackTransport(chat.over(digestClient(slack, logger, metrics, o.apiTimeoutMs))),
    port,
    health: () => ({ state, mode: socketMode ? 'socket' : 'http' }),
    async stop() {
      if (stopped) return;
      stopped = true;
      stopping = true;
      const pending = inFlight.size;
      // Stop receiving first, then let replies already being made finish (they use the Web API and response_url).
      await app.stop();
      const drained = await inFlight.drain(o.drainTimeoutMs);
      state = 'disconnected';
      // A reply still being made now is abandoned: its asker saw nothing, so say how many in the log.
      if (!drained) logger.warn({ cutShort: inFlight.size }, 'slack: replies cut short by shutdown');
      logger.info({ pending, drained }, 'slack: stopped');
    },
  };
}
