// Plain-text renderings of an answer: the fact with its source line, or an honest "not in the table" with topics.
import { citationLine, type AnsweredFact, type Suggestion } from '../core/answer.js';
import type { Language } from '../facts/schema.js';

export function answeredText(fact: AnsweredFact, language: Language): string {
  if (fact.background) return [fact.answer, backgroundLabel(language)].join('\n');
  const label = language === 'vi' ? 'Nguồn' : 'Source';
  return [fact.answer, ...fact.sources.map((s) => `${label}: ${citationLine(s, language)}`)].join('\n');
}

export function abstentionText(language: Language, suggestions: readonly Suggestion[]): string {
  const head = language === 'vi'
    ? 'Bảng dữ kiện hiện chưa có thông tin để trả lời câu hỏi này.'
    : 'The fact table does not hold the answer to that question.';
  if (!suggestions.length) return head;
  const intro = language === 'vi' ? 'Các chủ đề gần nhất bạn có thể hỏi:' : 'Close topics you can ask about:';
  return [head, intro, ...suggestions.map((s) => `• ${s.question}`)].join('\n');
}

export function emptyQuestionText(language: Language): string {
  return language === 'vi'
    ? 'Hãy đặt một câu hỏi, ví dụ: "AMM 53 diễn ra khi nào?"'
    : 'Please ask a question, for example: "Who chaired AMM 53?"';
}

/** What a background definition shows instead of a citation: it is not drawn from the articles. */
export function backgroundLabel(language: Language): string {
  return language === 'vi' ? 'Thông tin nền (bảng thuật ngữ), không lấy từ các bài báo.' : 'Background (glossary), not from the articles.';
}
