// What every Slack listener needs: the application, the error hook and the adapter's settings; and how Slack spells
// its commands, for the hints in the application's texts.
import type { Briefing } from '../../src/app/Briefing.js';
import type { CommandSpelling, Origin } from '../../src/app/commands.js';
import type { Language } from '../../src/model/language.js';
import type { ErrorHook } from './error-hook.js';

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
}

/** Where a Slack request comes from, as the application's commands name it. */
export function slackOrigin(who: { userId?: string | null; channelId?: string | null; workspaceId?: string | null }): Origin {
  return { platform: 'slack', commands: SLACK_COMMANDS, ...who };
}
