// Network failures at start-up, in a few words: a platform that could not be reached is not a platform that refused a
// token (this finds the failure inside an SDK's error: undici's "fetch failed", the Slack client's request error, ws),
// and a port that cannot be listened on names its variable.
import { StartupError } from '../src/model/startup-error.js';

const REASONS: Record<string, string> = {
  ENOTFOUND: 'the host name does not resolve',
  EAI_AGAIN: 'the host name does not resolve (DNS not answering)',
  ECONNREFUSED: 'connection refused',
  ECONNRESET: 'connection reset',
  EPIPE: 'connection closed',
  ETIMEDOUT: 'timed out',
  ESOCKETTIMEDOUT: 'timed out',
  ECONNABORTED: 'timed out',
  UND_ERR_CONNECT_TIMEOUT: 'timed out',
  UND_ERR_SOCKET: 'connection closed',
  EHOSTUNREACH: 'host unreachable',
  ENETUNREACH: 'network unreachable',
  EPROTO: 'TLS handshake failed',
  SELF_SIGNED_CERT_IN_CHAIN: 'TLS certificate not trusted (an HTTPS-inspecting proxy needs NODE_EXTRA_CA_CERTS)',
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: 'TLS certificate not trusted (an HTTPS-inspecting proxy needs NODE_EXTRA_CA_CERTS)',
  UNABLE_TO_GET_ISSUER_CERT_LOCALLY: 'TLS certificate not trusted (an HTTPS-inspecting proxy needs NODE_EXTRA_CA_CERTS)',
  DEPTH_ZERO_SELF_SIGNED_CERT: 'TLS certificate not trusted (self-signed)',
  CERT_HAS_EXPIRED: 'TLS certificate expired',
  ERR_TLS_CERT_ALTNAME_INVALID: 'TLS certificate is for another host',
};

export interface NetworkFailure {
  code: string;
  reason: string;
}

/** The network failure behind an error, looking through its cause, `original` (Slack) and `errors` (AggregateError). */
export function networkFailure(error: unknown, depth = 0): NetworkFailure | undefined {
  if (!error || typeof error !== 'object' || depth > 5) return undefined;
  const e = error as { code?: unknown; name?: unknown; cause?: unknown; original?: unknown; errors?: unknown };
  if (typeof e.code === 'string' && REASONS[e.code]) return { code: e.code, reason: REASONS[e.code]! };
  // A request aborted by the client's own timeout (discord.js REST, fetch with AbortSignal.timeout).
  if (e.name === 'AbortError' || e.name === 'TimeoutError') return { code: 'timeout', reason: 'timed out' };
  // Some clients keep only the message ("A request error occurred: getaddrinfo ENOTFOUND slack.com").
  const named = /\b(E[A-Z_]{3,}|UND_ERR_[A-Z_]+)\b/.exec(String((error as { message?: unknown }).message ?? ''))?.[1];
  if (named && REASONS[named]) return { code: named, reason: REASONS[named]! };
  for (const inner of [e.cause, e.original, ...(Array.isArray(e.errors) ? e.errors : [])]) {
    const found = networkFailure(inner, depth + 1);
    if (found) return found;
  }
  return undefined;
}

/** The host of a base URL, for a message ("slack.com", "127.0.0.1:9"). */
export function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

/** "cannot reach Slack at slack.com (…)": the token was never checked, so the fix is the network, not the token. */
export function unreachable(service: string, url: string, failure: NetworkFailure, variable: string, cause: unknown): StartupError {
  return new StartupError(
    'Unreachable',
    [`cannot reach ${service} at ${hostOf(url)} (${failure.reason}, ${failure.code}): check the network, DNS, proxy or firewall, or ${variable}; the token was not checked`],
    { cause },
  );
}

/** A listen() failure as one line naming the variable. */
export function portError(variable: string, port: number, error: unknown): StartupError {
  const code = (error as { code?: unknown }).code;
  const line =
    code === 'EADDRINUSE'
      ? `${variable}=${port}: the port is already in use by another program: stop it, or choose another port`
      : code === 'EACCES'
        ? `${variable}=${port}: this user may not listen on the port (ports below 1024 need privileges): choose one above 1024`
        : `${variable}=${port}: cannot listen (${String(code ?? (error as Error).message)})`;
  return new StartupError('Port', [line], { cause: error });
}
