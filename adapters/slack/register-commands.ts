// Slash commands: /ask answers in the channel; /briefing shows help and the sources, manages the channel's digest, and
// shows a curator the week's unanswered questions (review).
import type { App, RespondArguments, webApi } from '@slack/bolt';
import type { BriefingResult } from '../../src/app/commands.js';
import { COMMANDS, slackOrigin, type HandlerDeps } from './handler-deps.js';
import { decodeSlackText, questionFromSlack } from './mrkdwn.js';
import { parseBriefingCommand, explicitLanguage } from './parse-briefing-command.js';
import { renderAnswer, renderList, renderText, type SlackMessage } from './render-answer.js';
import { renderDigest } from './render-digest.js';

const ephemeral = (m: SlackMessage): RespondArguments => ({ response_type: 'ephemeral', replace_original: false, ...m });
const inChannel = (m: SlackMessage): RespondArguments => ({ response_type: 'in_channel', replace_original: false, ...m });

export function registerCommands(app: App, deps: HandlerDeps): void {
  const { briefing, errors } = deps;

  app.command(COMMANDS.ask, async ({ command, ack, context }) => {
    // Slack gives up after 3 seconds: acknowledge first, answer through the response_url.
    await ack();
    const respond = deps.respondTo(command.response_url);
    const reply = (text: string) => respond(ephemeral(renderText(text)));
    await errors.guard('command /ask', deps.language, reply, async () => {
      // Empty text and rate limits come back as UserErrors, answered privately by the error hook.
      const answer = briefing.ask({
        origin: slackOrigin({ userId: command.user_id, channelId: command.channel_id }),
        text: questionFromSlack(command.text ?? '', context.botUserId),
        language: deps.language,
      });
      const message = renderAnswer(answer, { maxRelated: deps.maxRelated });
      await respond(answer.answered ? inChannel(message) : ephemeral(message));
    });
  });

  app.command(COMMANDS.briefing, async ({ command, ack, client, logger }) => {
    await ack();
    const respond = deps.respondTo(command.response_url);
    const args = decodeSlackText(command.text ?? '').trim();
    const reply = (text: string) => respond(ephemeral(renderText(text)));
    await errors.guard('command /briefing', explicitLanguage(args) ?? deps.language, reply, async () => {
      const origin = slackOrigin({ userId: command.user_id, channelId: command.channel_id, workspaceId: command.team_id || null });
      const parsed = parseBriefingCommand(args, origin, deps.language);
      // Turning a channel's digest on or off is for workspace admins (and BRIEFING_ADMINS, which the application adds).
      if (parsed.kind === 'digest' && (parsed.digest.action === 'on' || parsed.digest.action === 'off')) {
        parsed.mayManageChannel = await isWorkspaceAdmin(client, command.user_id, logger);
      }
      await respond(render(briefing.command(parsed)));
    });
  });
}

/** Each result shown to whom the application says: the whole channel (digest on/off) or only the asker. */
function render(result: BriefingResult): RespondArguments {
  switch (result.kind) {
    case 'help':
      return ephemeral(renderText(result.text));
    case 'sources':
    case 'review':
      return ephemeral(result.lines.length > 0 ? renderList(result.title, result.lines) : renderText(result.emptyText));
    case 'digest': {
      const r = result.result;
      const message = r.kind === 'preview' ? renderDigest(r.digest) : renderText(r.text);
      return r.audience === 'channel' ? inChannel(message) : ephemeral(message);
    }
  }
}

/** users.info (scope users:read): an admin or owner of the workspace. Unknown (the call failed) counts as not. */
async function isWorkspaceAdmin(client: webApi.WebClient, userId: string, logger: { warn(...msg: unknown[]): void }): Promise<boolean> {
  try {
    const { user } = await client.users.info({ user: userId });
    return !!(user?.is_admin || user?.is_owner || user?.is_primary_owner);
  } catch (error) {
    logger.warn(`users.info failed; treating ${userId} as not a workspace admin: ${(error as Error).message}`);
    return false;
  }
}
