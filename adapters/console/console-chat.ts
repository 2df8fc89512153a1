// The local console chat: reads questions from a terminal (or a pipe) and prints the engine's answers.
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import type { Answer } from '../../src/core/answer.js';
import { userMessage } from '../../src/core/errors.js';
import { helpText, sourcesList } from '../../src/core/help.js';
import type { QuestionGate } from '../../src/core/QuestionGate.js';

export interface ConsoleChatOptions {
  input: Readable;
  output: Writable;
  /** Printed once before the first prompt (e.g. how to connect Slack or Discord). */
  banner?: string;
}

const COMMANDS = { help: [':help', ':h', '/help'], sources: [':sources', '/sources'], quit: [':quit', ':q', '/quit', 'exit'] };

/** Renders an answer for a terminal: the text, then numbered related facts or suggestions to pick by number. */
export function renderForConsole(answer: Answer): { text: string; choices: string[] } {
  const choices = answer.answered ? answer.facts.slice(1).map((f) => f.id) : answer.suggestions.map((s) => s.id);
  const lines = [answer.answered ? answer.text : answer.text.split('\n')[0]!];
  const labels = answer.answered ? answer.facts.slice(1).map((f) => f.question) : answer.suggestions.map((s) => s.question);
  if (labels.length) {
    lines.push(answer.answered ? (answer.language === 'vi' ? 'Xem thêm:' : 'See also:') : answer.language === 'vi' ? 'Chủ đề gần nhất:' : 'Close topics:');
    labels.forEach((q, i) => lines.push(`  [${i + 1}] ${q}`));
  }
  return { text: lines.join('\n'), choices };
}

/** Runs until :quit or end of input; resolves when done. Questions go through the same guarded entry as chat platforms. */
export async function runConsoleChat(questions: QuestionGate, { input, output, banner }: ConsoleChatOptions): Promise<void> {
  const { engine } = questions;
  const rl = createInterface({ input, output, terminal: (input as { isTTY?: boolean }).isTTY ?? false });
  const say = (text: string) => output.write(`${text}\n`);
  if (banner) say(banner);
  say('Hỏi bằng tiếng Việt hoặc tiếng Anh. Ask in Vietnamese or English. :help, :sources, :quit');
  let choices: string[] = [];
  let language: Answer['language'] = 'vi';
  rl.setPrompt('> ');
  rl.prompt();
  for await (const raw of rl) {
    const line = raw.trim();
    if (COMMANDS.quit.includes(line)) break;
    if (COMMANDS.help.includes(line)) say(helpText(language, { askCommand: '', briefingCommand: ':' }).replace(/`:? ?/g, ''));
    else if (COMMANDS.sources.includes(line)) say(sourcesList(engine.table, language).map((s) => `• ${s}`).join('\n'));
    else if (/^\d{1,2}$/.test(line) && choices[Number(line) - 1]) {
      const answer = engine.explain(choices[Number(line) - 1]!, language);
      if (answer) ({ choices } = print(answer));
    } else if (line) {
      try {
        const answer = questions.ask({ text: line, platform: 'console', commands: { askCommand: '', briefingCommand: ':' } });
        language = answer.language;
        ({ choices } = print(answer));
      } catch (error) {
        say(userMessage(error, language));
      }
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
