// Texts every adapter shows the same way: help and the list of known sources.
import type { FactTable } from '../facts/fact-table.js';
import type { Language } from '../facts/schema.js';
import { citationLine, citeSource } from './answer.js';

export interface HelpOptions {
  /** How the platform spells the commands, e.g. "/ask" on Slack and Discord, "" in the console. */
  askCommand: string;
  briefingCommand: string;
}

export function helpText(language: Language, { askCommand, briefingCommand }: HelpOptions): string {
  if (language === 'vi') {
    return [
      'Tôi trả lời câu hỏi về ngoại giao ASEAN và Liên Hợp Quốc của Việt Nam từ bảng dữ kiện có trích nguồn.',
      `• \`${askCommand} <câu hỏi>\`: hỏi, có dấu hoặc không dấu, tiếng Việt hoặc tiếng Anh. Ví dụ: \`${askCommand} AMM 53 diễn ra khi nào?\``,
      `• \`${briefingCommand} sources\`: các bài báo làm nguồn.`,
      `• \`${briefingCommand} digest on [HH:MM] [vi|en]\` / \`off\` / \`preview\`: bản tin buổi sáng hằng ngày cho kênh này.`,
      'Khi không có thông tin, tôi sẽ nói rõ và gợi ý các chủ đề gần nhất.',
    ].join('\n');
  }
  return [
    "I answer questions on Vietnam's ASEAN and UN diplomacy from a curated, cited fact table.",
    `• \`${askCommand} <question>\`: ask in English or Vietnamese (with or without diacritics). Example: \`${askCommand} Who chaired AMM 53?\``,
    `• \`${briefingCommand} sources\`: the articles I know.`,
    `• \`${briefingCommand} digest on [HH:MM] [vi|en]\` / \`off\` / \`preview\`: a daily morning briefing for this channel.`,
    "When I don't have the answer I say so and suggest the closest topics.",
  ].join('\n');
}

/** One citation line per source, newest first. */
export function sourcesList(table: FactTable, language: Language): string[] {
  return [...table.sources]
    .sort((a, b) => b.published.value.localeCompare(a.published.value))
    .map((s) => citationLine(citeSource(s), language));
}
