// The local console chat: reads questions from a terminal (or a pipe), hands them to the application, prints the answers.
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import type { Briefing } from '../../src/app/Briefing.js';
import type { Origin } from '../../src/app/commands.js';
import type { Answer } from '../../src/model/answer.js';
import { userMessage } from '../../src/model/errors.js';
import type { Language } from '../../src/model/language.js';
import { message } from '../../src/model/messages.js';
import { questionFromDiscord } from '../discord/mentions.js';
import { questionFromSlack } from '../slack/mrkdwn.js';

export interface ConsoleChatOptions {
  input: Readable;
  output: Writable;
  /** Printed once before the first prompt (e.g. how to connect Slack or Discord). */
  banner?: string;
}

const COMMANDS = { help: [':help', ':h', '/help'], sources: [':sources', '/sources'], quit: [':quit', ':q', '/quit', 'exit'] };

/** A line that names a command (":foo", "/foo") rather than asking: one word after the colon or slash. */
const COMMAND_LIKE = /^[:/][\p{L}\d_-]+$/u;

/** How the console spells its commands: a plain line is a question, a number picks; there is no digest here. */
const ORIGIN: Origin = Object.freeze({
  platform: 'console',
  commands: Object.freeze({ ask: '', help: ':help', sources: ':sources', pickByNumber: true, quit: COMMANDS.quit[0]! }),
});

/** The application's help in the console's spelling. */
const helpText = (briefing: Briefing, language: Language): string => plain(briefing.help(ORIGIN, language).text);

/** Terminal text: the code marks of chat markup removed. */
const plain = (text: string): string => text.replace(/`/g, '');

/** Renders an answer for a terminal: the text, then numbered related facts or suggestions to pick by number. */
export function renderForConsole(answer: Answer): { text: string; choices: string[] } {
  const choices = answer.answered ? answer.facts.slice(1).map((f) => f.id) : answer.suggestions.map((s) => s.id);
  const lines = [answer.answered ? answer.text : answer.text.split('\n')[0]!];
  const labels = answer.answered ? answer.facts.slice(1).map((f) => f.question) : answer.suggestions.map((s) => s.question);
  if (labels.length) {
    lines.push(`${message(answer.answered ? 'answer.seeAlso' : 'answer.closeTopics', answer.language)}:`);
    labels.forEach((q, i) => lines.push(`  [${i + 1}] ${q}`));
  }
  return { text: lines.join('\n'), choices };
}

/** Runs until :quit or end of input; resolves when done. Questions go through the same application as chat platforms. */
export async function runConsoleChat(briefing: Briefing, { input, output, banner }: ConsoleChatOptions): Promise<void> {
  const rl = createInterface({ input, output, terminal: (input as { isTTY?: boolean }).isTTY ?? false });
  const say = (text: string) => output.write(`${text}\n`);
  if (banner) say(banner);
  say(`${message('help.welcome', 'vi')} ${message('help.welcome', 'en')} ${ORIGIN.commands.help}, ${ORIGIN.commands.sources}, :quit`);
  let choices: string[] = [];
  // The language of the last answer: help, sources and picks by number follow the conversation.
  let language: Language = 'vi';
  rl.setPrompt('> ');
  rl.prompt();
  for await (const raw of rl) {
    const line = raw.trim();
    if (COMMANDS.quit.includes(line)) break;
    try {
      if (COMMANDS.help.includes(line)) say(helpText(briefing, language));
      else if (COMMANDS.sources.includes(line)) say(briefing.sources(language).lines.map((s) => `• ${s}`).join('\n'));
      else if (COMMAND_LIKE.test(line)) say(plain(message('error.unknownCommand', language, { command: line, help: ORIGIN.commands.help })));
      else if (/^\d{1,2}$/.test(line)) {
        const picked = choices[Number(line) - 1];
        if (picked) ({ choices } = print(briefing.explain({ origin: ORIGIN, factId: picked, language })));
        else say(choices.length ? message('console.pickRange', language, { count: choices.length }) : message('console.nothingToPick', language));
      } else if (line) {
        // A paste from Slack or Discord is read as those adapters read it (mentions, channels, links to plain text).
        const answer = briefing.ask({ origin: ORIGIN, text: questionFromSlack(questionFromDiscord(line), undefined), language });
        language = answer.language;
        ({ choices } = print(answer));
        if (answer.cut) say(message('answer.questionCut', language, { max: answer.cut }));
      }
    } catch (error) {
      say(userMessage(error, language));
    }
    rl.prompt();
  }
  rl.close();

  function print(answer: Answer): { choices: string[] } {
    const out = renderForConsole(answer);
    say(out.text);
    return { choices: out.choices };
  }
}
