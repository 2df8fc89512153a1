// The few Slack-only labels and hints (button captions, acknowledgements), in both reply languages.
import type { Language } from '../../src/facts/schema.js';

const TEXTS = {
  seeAlso: { vi: 'Xem thêm', en: 'See also' },
  closestTopics: { vi: 'Chủ đề gần nhất', en: 'Closest topics' },
  helpful: { vi: 'Câu trả lời có hữu ích không?', en: 'Was this helpful?' },
  thumbsUp: { vi: '👍 Hữu ích', en: '👍 Helpful' },
  thumbsDown: { vi: '👎 Chưa đúng', en: '👎 Not helpful' },
  feedbackThanks: { vi: 'Cảm ơn bạn đã góp ý.', en: 'Thanks for the feedback.' },
  sourcesTitle: { vi: 'Các bài báo làm nguồn', en: 'Sources I know' },
  noSources: { vi: 'Chưa có nguồn nào.', en: 'No sources yet.' },
  digestMore: { vi: 'Bản tin đã được rút gọn cho vừa một tin nhắn Slack.', en: 'Shortened to fit in one Slack message.' },
  unknownFact: { vi: 'Không tìm thấy dữ kiện này nữa.', en: 'That fact is no longer available.' },
} as const satisfies Record<string, Record<Language, string>>;

export type TextKey = keyof typeof TEXTS;

export function t(key: TextKey, language: Language): string {
  return TEXTS[key][language];
}
