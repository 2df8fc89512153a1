// What every Slack listener needs: the application, the error hook and the adapter's settings; and how Slack spells
// its commands, for the hints in the application's texts.
import type { Briefing } from '../../src/app/Briefing.js';
import type { CommandSpelling, Origin } from '../../src/app/commands.js';
import type { Language } from '../../src/model/language.js';
import type { ErrorHook } from './error-hook.js';
import type { Respond } from './respond.js';
import type { SlackChat } from './slack-chat.js';

export const COMMANDS = Object.freeze({ ask: '/ask', briefing: '/briefing' });

export const SLACK_COMMANDS: CommandSpelling = Object.freeze({
  ask: COMMANDS.ask,
  help: `${COMMANDS.briefing} help`,
  sources: `${COMMANDS.briefing} sources`,
  digest: `${COMMANDS.briefing} digest`,
});

export interface HandlerDeps {
  briefing: Briefing;
  errors: ErrorHook;
  /** Language of replies whose text shows none (help, sources, empty questions). */
  language: Language;
  /** How many related facts to offer as "See also" buttons. */
  maxRelated: number;
  /** Messages to channels and users (per-channel back-off, timeouts); listeners never use Bolt's say(). */
  chat: SlackChat;
  /** Replies through a request's response_url (timeout, one retry); listeners never use Bolt's respond(). */
  respondTo: (responseUrl: string) => Respond;
}

/** Where a Slack request comes from, as the application's commands name it. */
export function slackOrigin(who: { userId?: string | null; channelId?: string | null; workspaceId?: string | null }): Origin {
  return { platform: 'slack', commands: SLACK_COMMANDS, ...who };
}
