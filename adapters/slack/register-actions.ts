// Button clicks: "See also" and suggestions answer the chosen fact; 👍/👎 are recorded as feedback.
import type { App, BlockButtonAction, RespondArguments } from '@slack/bolt';
import type { Language } from '../../src/model/language.js';
import { slackOrigin, type HandlerDeps } from './handler-deps.js';
import type { Respond } from './respond.js';
import { ACTIONS, parseActionId, parseFeedbackValue, renderAnswer, renderText } from './render-answer.js';

/** The thread a click's reply belongs in: the clicked message's thread, or a new thread under it. */
function replyThread(body: BlockButtonAction): string | undefined {
  const container = body.container as { thread_ts?: unknown; message_ts?: unknown; is_ephemeral?: unknown };
  if (body.message) return (body.message.thread_ts as string | undefined) ?? body.message.ts;
  return typeof container.thread_ts === 'string' ? container.thread_ts : undefined;
}

/** What a button handler gets: the click, its language, and a private reply in that language. */
interface Click {
  action: BlockButtonAction['actions'][number];
  body: BlockButtonAction;
  respond: Respond;
  language: Language;
  reply: (text: string) => Promise<unknown>;
}

export function registerActions(app: App, deps: HandlerDeps): void {
  const { briefing, errors } = deps;
  const languageOf = (actionId: string): Language => parseActionId(actionId)?.language ?? deps.language;

  /** Every button is acknowledged at once and its failures answered privately, in the language of the click. */
  const onButton = (actions: string[], label: string, handle: (click: Click) => Promise<void>) =>
    app.action<BlockButtonAction>({ type: 'block_actions', action_id: new RegExp(`^(${actions.join('|')}):`) }, async ({ ack, action, body }) => {
      await ack();
      const respond = deps.respondTo(body.response_url);
      const language = languageOf(action.action_id);
      const reply = (text: string) => respond({ response_type: 'ephemeral', replace_original: false, ...renderText(text) });
      await errors.guard(label, language, reply, () => handle({ action, body, respond, language, reply }));
    });

  onButton([ACTIONS.seeAlso, ACTIONS.suggestion], 'action see-also', async ({ action, body, respond, language }) => {
    const answer = briefing.explain({ origin: slackOrigin({ userId: body.user.id, channelId: body.channel?.id }), factId: action.value ?? '', language });
    const thread = replyThread(body);
    const message: RespondArguments = {
      response_type: 'in_channel',
      replace_original: false,
      ...renderAnswer(answer, { maxRelated: deps.maxRelated }),
      ...(thread ? { thread_ts: thread } : {}),
    };
    await respond(message);
  });

  onButton([ACTIONS.feedbackUp, ACTIONS.feedbackDown], 'action feedback', async ({ action, body, language, reply }) => {
    const thanks = briefing.feedback({
      origin: slackOrigin({ userId: body.user.id, channelId: body.channel?.id ?? null }),
      ...parseFeedbackValue(action.value ?? ''),
      vote: action.action_id.startsWith(ACTIONS.feedbackUp) ? 'up' : 'down',
      language,
    });
    await reply(thanks.text);
  });
}
