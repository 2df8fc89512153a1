// The digest transport for 'console' subscriptions: the digest's plain text, under the channel's name, on a stream.
import type { Writable } from 'node:stream';
import type { DigestTransport } from '../../src/app/digest/types.js';

export function consoleDigestTransport(output: Writable): DigestTransport {
  return {
    platform: 'console',
    send: async (sub, digest) => {
      output.write(`# ${sub.channelId}\n${digest.text}\n\n`);
    },
  };
}
