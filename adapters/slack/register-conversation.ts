// Conversation: an @mention in a channel is answered in its thread; a direct message is answered in the DM.
import type { App } from '@slack/bolt';
import { slackOrigin, type HandlerDeps } from './handler-deps.js';
import { questionFromSlack } from './mrkdwn.js';
import { renderAnswer, renderText, type SlackMessage } from './render-answer.js';

/** Direct-message channel ids start with "D"; those are answered by the message.im listener, never twice. */
const isDirectChannel = (channel: string): boolean => channel.startsWith('D');

export function registerConversation(app: App, deps: HandlerDeps): void {
  const { briefing, errors } = deps;

  app.event('app_mention', async ({ event, context }) => {
    // Bots (including this one) never get an answer: two bots mentioning each other would loop.
    if (event.bot_id || event.subtype || isDirectChannel(event.channel)) return;
    const threadTs = event.thread_ts ?? event.ts;
    const user = event.user;
    const inThread = (m: SlackMessage) => deps.chat.postMessage({ ...m, channel: event.channel, thread_ts: threadTs, unfurl_links: false });
    // Help and "no answer" go to the asker only; without a user id there is no one to show them to privately.
    const privately = (m: SlackMessage) =>
      user ? deps.chat.postEphemeral({ ...m, channel: event.channel, user, thread_ts: threadTs }) : inThread(m);
    await errors.guard('event app_mention', deps.language, (text) => privately(renderText(text)), async () => {
      const answer = briefing.ask({
        origin: slackOrigin({ userId: user, channelId: event.channel }),
        text: questionFromSlack(event.text ?? '', context.botUserId),
        language: deps.language,
      });
      const message = renderAnswer(answer, { maxRelated: deps.maxRelated });
      await (answer.answered ? inThread(message) : privately(message));
    });
  });

  app.event('message', async ({ event, context }) => {
    if (event.channel_type !== 'im') return;
    // Edits, deletions, joins and every bot message (our own replies included) carry a subtype or a bot_id.
    if (event.subtype !== undefined || event.bot_id) return;
    // A DM is private already: every reply is a plain message, kept in the thread when the user wrote in one.
    const reply = (m: SlackMessage) => deps.chat.postMessage({ ...m, channel: event.channel, ...(event.thread_ts ? { thread_ts: event.thread_ts } : {}), unfurl_links: false });
    await errors.guard('event message.im', deps.language, (text) => reply(renderText(text)), async () => {
      const answer = briefing.ask({
        origin: slackOrigin({ userId: event.user, channelId: event.channel }),
        text: questionFromSlack(event.text ?? '', context.botUserId),
        language: deps.language,
      });
      await reply(renderAnswer(answer, { maxRelated: deps.maxRelated }));
    });
  });
}
