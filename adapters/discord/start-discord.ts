// Starts the Discord adapter: a discord.js client with the fewest intents, wired to the application through the handlers.
import { once } from 'node:events';
import { Client, Events, GatewayIntentBits, RESTEvents, Status } from 'discord.js';
import type { DigestTransport } from '../../src/app/digest/types.js';
import { ConfigError } from '../../src/config/config.js';
import { describeError } from '../../src/model/errors.js';
import { InFlight } from '../InFlight.js';
import { noPlatformMetrics, type ConnectionState, type PlatformContext, type PlatformHealth } from '../platform-context.js';
import { createDiscordTransport } from './digest-transport.js';
import { handleInteraction } from './handle-interaction.js';
import { handleMention } from './handle-mention.js';
import { NO_MENTIONS } from './mentions.js';
import { reportError } from './report-error.js';
import { discordStartupError, gatewayNotReady } from './startup-errors.js';
import { DEFAULT_REST_LIMITS, restLimitOptions, restOptions, type RestLimits } from './rest-limits.js';

export interface StartDiscordOptions {
  /** Answer messages that @mention the bot (adds the GuildMessages intent); slash commands work without it. */
  mentions: boolean;
  /** Give up starting when the gateway has not sent READY (and the guilds) within this time. */
  readyTimeoutMs: number;
  /** How long discord.js waits for the guilds announced in READY before declaring itself ready. */
  waitGuildTimeoutMs: number;
  /** On stop, how long in-flight replies may take to finish. */
  drainTimeoutMs: number;
  /** REST timeouts, retries and the longest rate-limit waits. */
  rest: RestLimits;
}

export const DEFAULT_START_OPTIONS: Readonly<StartDiscordOptions> = Object.freeze({
  mentions: true,
  readyTimeoutMs: 30_000,
  waitGuildTimeoutMs: 15_000,
  drainTimeoutMs: 10_000,
  rest: DEFAULT_REST_LIMITS,
});

export interface DiscordAdapter {
  client: Client<true>;
  /** Posts digests to Discord channels (for the scheduler and `briefing serve`). */
  transport: DigestTransport;
  /** The gateway connection as /healthz reports it (every shard ready: connected). */
  health(): PlatformHealth;
  /**
   * Settles when the gateway has closed the connection for good (4004 authentication failed, disallowed intents, …):
   * discord.js stops reconnecting, and the process would otherwise run on without Discord or end without stopping.
   */
  failed: Promise<Error>;
  stop(): Promise<void>;
}

/**
 * Guilds gives the guild and channel cache that messages and interactions resolve against. GuildMessages delivers
 * MESSAGE_CREATE; MessageContent is not requested because Discord includes the content of messages that mention the
 * app without it (see docs/discord.md).
 */
export function discordIntents(options: Pick<StartDiscordOptions, 'mentions'>): GatewayIntentBits[] {
  return options.mentions ? [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages] : [GatewayIntentBits.Guilds];
}

export async function startDiscord(context: PlatformContext, options: Partial<StartDiscordOptions> = {}): Promise<DiscordAdapter> {
  const settings: StartDiscordOptions = { ...DEFAULT_START_OPTIONS, ...options };
  const discord = context.config.discord;
  if (!discord) throw new ConfigError(['DISCORD_TOKEN is required to start the Discord adapter']);
  const { briefing, logger } = context;
  const metrics = context.metrics ?? noPlatformMetrics;

  const client = new Client({
    intents: discordIntents(settings),
    allowedMentions: NO_MENTIONS,
    rest: { ...restOptions(discord.apiUrl), ...restLimitOptions(settings.rest) },
    waitGuildTimeout: settings.waitGuildTimeoutMs,
  });

  // Handlers are tracked until they settle, so stop() lets in-flight replies go out before the client is destroyed.
  const inFlight = new InFlight();
  client.on(Events.InteractionCreate, (interaction) => {
    void inFlight.track(handleInteraction(interaction, briefing).catch((error: unknown) => reportError(interaction, error, logger, metrics)));
  });
  if (settings.mentions) {
    client.on(Events.MessageCreate, (message) => {
      if (!client.isReady()) return;
      void inFlight.track(handleMention(message, client.user.id, briefing).catch((error: unknown) => reportError(message, error, logger, metrics)));
    });
  }
  let fail: (error: Error) => void = () => undefined;
  const failed = new Promise<Error>((resolve) => (fail = resolve));
  client.on(Events.ShardDisconnect, (event, shardId) => {
    logger.error({ code: event.code, shardId }, 'discord: the gateway closed the connection for good (no reconnection)');
    fail(new Error(`the Discord gateway closed the connection with code ${event.code}`));
  });
  client.on(Events.Error, (error) => {
    logger.error({ err: describeError(error) }, 'discord: client error');
    metrics.platformError('discord', 'client');
  });
  client.on(Events.ShardError, (error, shardId) => {
    logger.warn({ err: describeError(error), shardId }, 'discord: gateway error');
    metrics.platformError('discord', 'gateway');
  });
  // REST calls: an error answer counts as an API error, a response to a retried request as a retry.
  client.rest.on(RESTEvents.Response, (request, response) => {
    if (response.status >= 400) metrics.platformError('discord', 'api');
    if (request.retries > 0) metrics.platformRetry('discord', 'failed_call');
  });
  client.rest.on(RESTEvents.RateLimited, () => metrics.platformRetry('discord', 'rate_limited'));

  const ready = once(client, Events.ClientReady, { signal: AbortSignal.timeout(settings.readyTimeoutMs) });
  // Handled below; without this a failed login would also leave the timeout's rejection unhandled.
  ready.catch(() => undefined);
  try {
    await client.login(discord.token);
  } catch (error) {
    await client.destroy();
    // One line: the token refused, Discord unreachable (the token never checked), or an HTTP error in between.
    throw discordStartupError(error, 'login', discord.apiUrl);
  }
  try {
    await ready;
  } catch (error) {
    await client.destroy();
    throw gatewayNotReady(Math.round(settings.readyTimeoutMs / 1000), error);
  }
  if (!client.isReady()) throw new Error('discord: client is not ready after READY');
  logger.info({ user: client.user.tag, guilds: client.guilds.cache.size, intents: settings.mentions ? 'Guilds, GuildMessages' : 'Guilds' }, 'discord: connected');

  let stopped = false;
  return {
    client,
    transport: createDiscordTransport(client.rest),
    health: () => ({ state: stopped ? 'disconnected' : gatewayState(client), mode: 'gateway' }),
    failed,
    stop: async () => {
      stopped = true;
      // No new work, then the replies already being made, then the connection.
      client.removeAllListeners(Events.InteractionCreate).removeAllListeners(Events.MessageCreate);
      const pending = inFlight.size;
      const drained = await inFlight.drain(settings.drainTimeoutMs);
      if (!drained) logger.warn({ cutShort: inFlight.size }, 'discord: replies cut short by shutdown');
      client.removeAllListeners();
      await client.destroy();
      logger.info({ pending, drained }, 'discord: stopped');
    },
  };
}

/** Every shard ready: connected; one that will not reconnect: disconnected; otherwise connecting again. */
function gatewayState(client: Client): ConnectionState {
  const shards = [...client.ws.shards.values()];
  if (shards.length && shards.every((s) => s.status === Status.Ready)) return 'connected';
  if (shards.some((s) => s.status === Status.Disconnected)) return 'disconnected';
  return 'reconnecting';
}
