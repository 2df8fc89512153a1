// The console chat driven through in-memory streams: answers with sources, numbered "See also", :sources, :quit.
import { PassThrough } from 'node:stream';
import { beforeAll, describe, expect, it } from 'vitest';
import { runConsoleChat } from '../adapters/console/console-chat.js';
import { createRoot } from '../adapters/root.js';
import type { Briefing } from '../src/app/Briefing.js';
import type { FactTable } from '../src/facts/fact-table.js';
import { loadFacts } from '../src/facts/load-facts.js';
import { citationLine } from '../src/model/citation.js';
import { testConfig } from './helpers/fixtures.js';

let table: FactTable;
let briefing: Briefing;

beforeAll(() => {
  table = loadFacts({ dir: 'facts' });
  // The console never opens the database: a path that cannot be created would fail the test if it did.
  briefing = createRoot({ config: testConfig({ factsDir: 'facts', dbPath: '/proc/no-database-here/briefing.db' }), table }).briefing();
});

/** What the application answers a script, without the console's rate limits or numbering. */
const answerOf = (question: string) => briefing.answer(question);

/** Feeds the lines to the chat and collects everything it prints until it returns. */
async function chat(lines: string[], { end = true } = {}): Promise<string> {
  const input = new PassThrough();
  const output = new PassThrough();
  let printed = '';
  output.on('data', (chunk: Buffer) => (printed += chunk.toString('utf8')));
  const done = runConsoleChat(briefing, { input, output, banner: 'test banner' });
  input.write(lines.map((l) => `${l}\n`).join(''));
  if (end) input.end();
  await done;
  return printed;
}

describe('console chat', () => {
  it('prints the answer and its source line for a question', async () => {
    const expected = answerOf('Who chaired AMM 53?');
    const out = await chat(['Who chaired AMM 53?']);
    expect(out).toContain('test banner');
    expect(out).toContain(expected.facts[0]!.answer);
    expect(out).toContain(`Source: ${citationLine(expected.facts[0]!.sources[0]!, 'en')}`);
    expect(out).toContain('See also:');
    expect(out).toContain(`[1] ${expected.facts[1]!.question}`);
  });

  it('answers a number by explaining that "See also" fact', async () => {
    const first = answerOf('Ai chủ trì AMM 53?');
    const picked = first.facts[2]!;
    const out = await chat(['Ai chủ trì AMM 53?', '2']);
    expect(out).toContain('Xem thêm:');
    const after = out.slice(out.indexOf('Xem thêm:'));
    expect(after).toContain(table.byId.get(picked.id)!.answer.vi);
  });

  it('offers close topics by number when it abstains, and a number explains one', async () => {
    const abstained = answerOf('When is AMM 54?');
    expect(abstained.answered).toBe(false);
    const out = await chat(['When is AMM 54?', '1']);
    expect(out).toContain('Close topics:');
    expect(out).toContain(table.byId.get(abstained.suggestions[0]!.id)!.answer.en);
  });

  it('lists the sources for :sources', async () => {
    const out = await chat([':sources']);
    for (const s of table.sources) expect(out).toContain(s.title);
  });

  it('ends on :quit even though input stays open, and reads nothing after it', async () => {
    const out = await chat([':quit', 'Who chaired AMM 53?'], { end: false });
    expect(out).not.toContain('Pham Binh Minh chaired');
  });

  it('replies with a short hint to a line with nothing to ask, and keeps going', async () => {
    const out = await chat(['???', 'Who chaired AMM 53?']);
    expect(out).toMatch(/Who chaired AMM 53\?|AMM 53 diễn ra khi nào\?/);
    expect(out).toContain(answerOf('Who chaired AMM 53?').facts[0]!.answer);
  });

  it('ends at the end of input', async () => {
    await expect(chat([])).resolves.toContain('Ask in Vietnamese or English');
  });

  it('lists in :help only what the console does: questions, :sources, numbers, :quit; no digest', async () => {
    const out = await chat([':help']);
    const help = out.slice(out.indexOf('> ') + 2);
    expect(help).toContain('• :sources: các bài báo làm nguồn.');
    expect(help).toContain('• 1, 2, …:');
    expect(help).toContain('• :quit: thoát.');
    expect(help).not.toMatch(/digest|bản tin|`/);
    // Each entry on its own line, its command and its description apart (no "sourcesthe articles").
    expect(help).not.toMatch(/:sources[^:\s]/);
  });

  it('answers an unknown :command with a hint in the conversation’s language instead of asking it', async () => {
    const out = await chat(['Ai chủ trì AMM 53?', ':foo', '/bar']);
    expect(out).toContain('Không có lệnh “:foo”. Gõ :help để xem các lệnh.');
    expect(out).toContain('Không có lệnh “/bar”.');
    expect(out).not.toContain('The fact table does not hold');
  });

  it('answers a number outside the list with the range, in the conversation’s language, and one with no list with a hint', async () => {
    const first = answerOf('Ai chủ trì AMM 53?');
    const count = first.facts.length - 1;
    const out = await chat(['9', 'Ai chủ trì AMM 53?', '9']);
    expect(out).toContain('Chưa có danh sách đánh số để chọn; hãy đặt câu hỏi.');
    expect(out).toContain(`Hãy chọn một số từ 1 đến ${count}, hoặc đặt câu hỏi.`);
    expect(out.match(/Bảng dữ kiện hiện chưa có thông tin/g)).toBeNull();
  });

  it('reads a paste from Slack or Discord as the adapters do: mentions and broadcasts are not the question', async () => {
    const plain = await chat(['Ai chủ trì AMM 53?']);
    const pasted = await chat(['@everyone <@U024BE7LH> <!here> <@100000000000000020> Ai chủ trì AMM 53?']);
    expect(pasted.slice(pasted.indexOf('> '))).toBe(plain.slice(plain.indexOf('> ')).replace(/\n> $/, '\n> '));
    expect(pasted).toContain(answerOf('Ai chủ trì AMM 53?').facts[0]!.answer);
  });

  it('says so when a long paste was cut to the question limit', async () => {
    const long = `Who chaired AMM 53? ${'background '.repeat(300)}`;
    const out = await chat([long]);
    expect(out).toContain('(Your question was longer than 500 characters; only its beginning was used.)');
    const short = await chat(['Who chaired AMM 53?']);
    expect(short).not.toContain('only its beginning was used');
  });
});

