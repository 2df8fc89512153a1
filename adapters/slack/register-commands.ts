// Slash commands: /ask answers in the channel; /briefing shows help, the sources and manages the channel's digest.
import type { App, RespondArguments } from '@slack/bolt';
import { UserError } from '../../src/core/errors.js';
import { helpText, sourcesList } from '../../src/core/help.js';
import { runDigestCommand } from '../../src/digest/digest-command.js';
import { explicitLanguage, replyLanguage, type HandlerDeps } from './handler-deps.js';
import { decodeSlackText, questionFromSlack } from './mrkdwn.js';
import { renderAnswer, renderList, renderText, type SlackMessage } from './render-answer.js';
import { renderDigest } from './render-digest.js';
import { t } from './texts.js';

export const COMMANDS = Object.freeze({ ask: '/ask', briefing: '/briefing' });

/** How Slack spells the commands, for hints from the core (help, the empty-question hint). */
export const SLACK_COMMANDS = Object.freeze({ askCommand: COMMANDS.ask, briefingCommand: COMMANDS.briefing });

const ephemeral = (m: SlackMessage): RespondArguments => ({ response_type: 'ephemeral', replace_original: false, ...m });
const inChannel = (m: SlackMessage): RespondArguments => ({ response_type: 'in_channel', replace_original: false, ...m });

export function registerCommands(app: App, deps: HandlerDeps): void {
  const { briefing, errors } = deps;

  app.command(COMMANDS.ask, async ({ command, ack, respond, context }) => {
    // Slack gives up after 3 seconds: acknowledge first, answer through the response_url.
    await ack();
    const question = questionFromSlack(command.text ?? '', context.botUserId);
    const language = replyLanguage(question, deps.language);
    const reply = (text: string) => respond(ephemeral(renderText(text)));
    await errors.guard('command /ask', () => language, reply, async () => {
      // Empty text and rate limits come back as UserErrors, answered privately by the error hook.
      const answer = briefing.questions.ask({ text: question, platform: 'slack', userId: command.user_id, channelId: command.channel_id, commands: SLACK_COMMANDS });
      const message = renderAnswer(answer, { maxRelated: deps.maxRelated });
      await respond(answer.answered ? inChannel(message) : ephemeral(message));
    });
  });

  app.command(COMMANDS.briefing, async ({ command, ack, respond }) => {
    await ack();
    const args = decodeSlackText(command.text ?? '').trim();
    const language = explicitLanguage(args) ?? deps.language;
    const reply = (text: string) => respond(ephemeral(renderText(text)));
    await errors.guard('command /briefing', () => language, reply, async () => {
      const [sub = '', ...rest] = args.split(/\s+/);
      switch (sub.toLowerCase()) {
        case '':
        case 'help':
        case 'vi':
        case 'en':
          await respond(ephemeral(renderText(helpText(language, { askCommand: COMMANDS.ask, briefingCommand: COMMANDS.briefing }))));
          return;
        case 'sources': {
          const lines = sourcesList(briefing.table, language);
          await respond(ephemeral(lines.length > 0 ? renderList(t('sourcesTitle', language), lines) : renderText(t('noSources', language))));
          return;
        }
        case 'digest': {
          const result = runDigestCommand(rest.join(' '), {
            briefing,
            platform: 'slack',
            channelId: command.channel_id,
            workspaceId: command.team_id || null,
            language,
          });
          switch (result.kind) {
            case 'preview':
              await respond(ephemeral(renderDigest(result.digest)));
              return;
            case 'status':
              await respond(ephemeral(renderText(result.text)));
              return;
            case 'subscribed':
            case 'unsubscribed':
              // The whole channel receives (or stops receiving) the digest, so everyone sees the change.
              await respond(inChannel(renderText(result.text)));
              return;
          }
          return;
        }
        default:
          throw new UserError(
            'BadCommand',
            {
              vi: `Không có lệnh “${sub}”. Gõ \`${COMMANDS.briefing} help\` để xem các lệnh.`,
              en: `There is no “${sub}” command. Type \`${COMMANDS.briefing} help\` for the commands.`,
            },
            { args },
          );
      }
    });
  });
}
