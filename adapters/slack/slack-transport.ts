// The digest transport for Slack: posts a rendered digest to the subscribed channel with chat.postMessage.
import type { webApi } from '@slack/bolt';
import type { DigestTransport } from '../../src/digest/types.js';
import { renderDigest } from './render-digest.js';

export function createSlackTransport(client: webApi.WebClient): DigestTransport {
  return {
    platform: 'slack',
    async send(subscription, digest) {
      const message = renderDigest(digest);
      // The Web API client throws on ok:false (not_in_channel, channel_not_found…); the scheduler records and retries.
      await client.chat.postMessage({ channel: subscription.channelId, text: message.text, blocks: message.blocks, unfurl_links: false, unfurl_media: false });
    },
  };
}
