// Every text the bot shows a user, in Vietnamese and English, under typed keys with {named} placeholders.
import type { Language } from './language.js';

/**
 * Both languages of a message name the same placeholders (tests/messages.test.ts checks it). Command spellings
 * ({ask}, {help}, {sources}, {digest}) come from the surface that asks, so no platform's syntax is written here.
 */
export const MESSAGES = {
  // Answers
  'answer.sourceLine': { vi: 'Nguồn: {citation}', en: 'Source: {citation}' },
  'answer.sourceLabel': { vi: 'Nguồn', en: 'Source' },
  'answer.sourcesLabel': { vi: 'Nguồn', en: 'Sources' },
  'answer.moreSources': { vi: '… và {count} nguồn khác', en: '… and {count} more' },
  'answer.background': { vi: 'Thông tin nền (bảng thuật ngữ), không lấy từ các bài báo.', en: 'Background (glossary), not from the articles.' },
  'answer.reportedBy': { vi: 'Bài đưa tin: {reports}.', en: 'Reported in {reports}.' },
  'answer.report': { vi: '{outlet}{byline}, {date}', en: '{outlet}{byline}, {date}' },
  'answer.eventDate': { vi: 'Ngày sự kiện: {date}', en: 'Event date: {date}' },
  'answer.notInTable': { vi: 'Bảng dữ kiện hiện chưa có thông tin để trả lời câu hỏi này.', en: 'The fact table does not hold the answer to that question.' },
  'answer.unsure': {
    vi: 'Bảng dữ kiện có thể có thông tin này, nhưng tôi chưa đủ chắc chắn để trả lời.',
    en: 'The fact table may hold the answer, but I am not sure enough to give it.',
  },
  'answer.closeTopicsIntro': { vi: 'Các chủ đề gần nhất bạn có thể hỏi:', en: 'Close topics you can ask about:' },
  'answer.pleaseAsk': { vi: 'Hãy đặt một câu hỏi, ví dụ: "AMM 53 diễn ra khi nào?"', en: 'Please ask a question, for example: "Who chaired AMM 53?"' },
  'answer.seeAlso': { vi: 'Xem thêm', en: 'See also' },
  'answer.closeTopics': { vi: 'Chủ đề gần nhất', en: 'Close topics' },
  'answer.helpful': { vi: '👍 Hữu ích', en: '👍 Helpful' },
  'answer.notHelpful': { vi: '👎 Chưa đúng', en: '👎 Not helpful' },
  'citation.line': { vi: '{outlet}, {date}: “{title}”{byline}', en: '{outlet}, {date}: “{title}”{byline}' },
  'citation.byline': { vi: ', tác giả {author}', en: ', by {author}' },
  'citation.outletNotNamed': { vi: 'Không rõ tên báo', en: 'Outlet not named' },
  'list.more': { vi: '… và {count} mục khác', en: '… and {count} more' },

  // Help, sources, feedback
  'help.intro': {
    vi: 'Tôi trả lời câu hỏi về ngoại giao ASEAN và Liên Hợp Quốc của Việt Nam từ bảng dữ kiện có trích nguồn.',
    en: "I answer questions on Vietnam's ASEAN and UN diplomacy from a curated, cited fact table.",
  },
  'help.ask': {
    vi: '• `{ask}<câu hỏi>`: hỏi, có dấu hoặc không dấu, tiếng Việt hoặc tiếng Anh. Ví dụ: `{ask}AMM 53 diễn ra khi nào?`',
    en: '• `{ask}<question>`: ask in English or Vietnamese (with or without diacritics). Example: `{ask}Who chaired AMM 53?`',
  },
  'help.sources': { vi: '• `{sources}`: các bài báo làm nguồn.', en: '• `{sources}`: the articles I know.' },
  'help.digest': {
    vi: '• `{digest} on [HH:MM] [vi|en]` / `off` / `preview`: bản tin buổi sáng hằng ngày cho kênh này.',
    en: '• `{digest} on [HH:MM] [vi|en]` / `off` / `preview`: a daily morning briefing for this channel.',
  },
  'help.noAnswer': { vi: 'Khi không có thông tin, tôi sẽ nói rõ và gợi ý các chủ đề gần nhất.', en: "When I don't have the answer I say so and suggest the closest topics." },
  'help.welcome': { vi: 'Hỏi bằng tiếng Việt hoặc tiếng Anh.', en: 'Ask in Vietnamese or English.' },
  'help.pickNumber': { vi: '• `1`, `2`, …: xem mục “Xem thêm” hoặc chủ đề gần nhất có số đó.', en: '• `1`, `2`, …: open the numbered “See also” item or close topic.' },
  'help.quit': { vi: '• `{quit}`: thoát.', en: '• `{quit}`: leave.' },
  'console.pickRange': { vi: 'Hãy chọn một số từ 1 đến {count}, hoặc đặt câu hỏi.', en: 'Pick a number from 1 to {count}, or ask a question.' },
  'console.nothingToPick': { vi: 'Chưa có danh sách đánh số để chọn; hãy đặt câu hỏi.', en: 'There is no numbered list to pick from yet; ask a question.' },
  'answer.questionCut': {
    vi: '(Câu hỏi dài hơn {max} ký tự nên chỉ phần đầu được dùng.)',
    en: '(Your question was longer than {max} characters; only its beginning was used.)',
  },
  'sources.title': { vi: 'Các bài báo làm nguồn', en: 'Sources I know' },
  'sources.none': { vi: 'Chưa có nguồn nào.', en: 'No sources yet.' },
  'feedback.thanks': { vi: 'Cảm ơn bạn đã góp ý.', en: 'Thanks for the feedback.' },

  // Refusals and errors
  'error.emptyQuestion': {
    vi: 'Bạn muốn hỏi gì? Ví dụ: `{ask}AMM 53 diễn ra khi nào?`. Gõ `{help}` để xem hướng dẫn.',
    en: 'What would you like to know? For example `{ask}Who chaired AMM 53?`. Type `{help}` for more.',
  },
  'error.rateLimitedUser': {
    vi: 'Bạn đang hỏi hơi nhanh. Vui lòng thử lại sau {seconds} {secondsUnit}.',
    en: 'You are asking a little fast. Please try again in {seconds} {secondsUnit}.',
  },
  'error.rateLimitedChannel': {
    vi: 'Kênh này vừa hỏi nhiều câu trong một phút. Vui lòng thử lại sau {seconds} {secondsUnit}.',
    en: 'This channel has asked many questions in the last minute. Please try again in {seconds} {secondsUnit}.',
  },
  'error.unknownFact': { vi: 'Thông tin này không còn trong bảng dữ kiện.', en: 'That item is no longer in the fact table.' },
  'error.unknownCommand': { vi: 'Không có lệnh “{command}”. Gõ `{help}` để xem các lệnh.', en: 'There is no “{command}” command. Type `{help}` for the commands.' },
  'error.internal': { vi: 'Xin lỗi, đã có lỗi khi xử lý yêu cầu. Vui lòng thử lại sau.', en: 'Sorry, something went wrong while handling that. Please try again later.' },
  'error.storeUnavailable': {
    vi: 'Xin lỗi, hiện không lưu được thay đổi này nên chưa có gì thay đổi. Vui lòng thử lại sau.',
    en: 'Sorry, this change could not be saved, so nothing has changed. Please try again later.',
  },
  'error.noFacts': { vi: 'Bảng dữ kiện chưa có dữ kiện nào.', en: 'The fact table has no facts yet.' },
  'error.badLanguage': { vi: 'Ngôn ngữ không hợp lệ: “{value}” (vi hoặc en).', en: 'Unknown language “{value}” (vi or en).' },
  'error.badDate': { vi: 'Ngày không hợp lệ: “{value}” (YYYY-MM-DD).', en: 'Invalid date “{value}” (YYYY-MM-DD).' },
  'error.badDigestCommand': {
    vi: 'Lệnh không hợp lệ. Dùng: `digest on [HH:MM] [vi|en] [Khu_vực/Thành_phố]`, `digest off`, `digest preview`, hoặc `digest` để xem trạng thái.',
    en: 'Unknown digest command. Use `digest on [HH:MM] [vi|en] [Area/Zone]`, `digest off`, `digest preview`, or `digest` for the status.',
  },
  'error.badDigestTime': { vi: 'Giờ không hợp lệ: “{value}”. Dùng HH:MM (24 giờ), ví dụ 07:30.', en: 'Invalid time “{value}”. Use HH:MM (24-hour), e.g. 07:30.' },
  'error.badTimezone': { vi: 'Múi giờ không hợp lệ: “{value}”. Dùng tên IANA, ví dụ Asia/Ho_Chi_Minh.', en: 'Unknown time zone “{value}”. Use an IANA name such as Asia/Ho_Chi_Minh.' },
  'error.digestNeedsManager': {
    vi: 'Cần quyền Quản lý kênh (Manage Channels), hoặc là quản trị viên của bot, để bật hoặc tắt bản tin cho kênh này.',
    en: 'You need the Manage Channels permission, or to be one of the bot’s administrators, to turn the digest on or off for this channel.',
  },
  'error.digestNeedsAdmin': {
    vi: 'Chỉ quản trị viên workspace hoặc quản trị viên của bot mới có thể bật hoặc tắt bản tin cho kênh này. Hãy nhờ một trong số họ.',
    en: 'Only workspace admins and the bot’s administrators can turn the digest on or off for this channel. Please ask one of them.',
  },

  // The curators' review and loop (briefing review, /briefing review, briefing facts add-question)
  'error.reviewNotAllowed': {
    vi: 'Chỉ quản trị viên của bot (danh sách BRIEFING_ADMINS) mới xem được các câu hỏi chưa được trả lời.',
    en: 'Only the bot’s administrators (the BRIEFING_ADMINS list) can see the unanswered questions.',
  },
  'error.badSince': { vi: 'Khoảng thời gian không hợp lệ: “{value}” (ví dụ 7d, 24h, 2w hoặc YYYY-MM-DD).', en: 'Invalid period “{value}” (e.g. 7d, 24h, 2w or YYYY-MM-DD).' },
  'error.badRowNumber': { vi: 'Số dòng không hợp lệ: “{value}”.', en: 'Invalid row number “{value}”.' },
  'review.chatTitle': { vi: 'Câu hỏi chưa được trả lời trong {days} ngày qua', en: 'Unanswered questions, last {days} days' },
  'review.header': { vi: 'Rà soát cho người biên tập: {from} – {to} ({timezone})', en: 'Curator’s review: {from} – {to} ({timezone})' },
  'review.unansweredTitle': { vi: 'Câu hỏi chưa được trả lời: {groups} nhóm, {count} lượt hỏi', en: 'Unanswered questions: {groups} groups, {count} asks' },
  'review.noneUnanswered': { vi: 'Không có câu hỏi nào chưa được trả lời trong khoảng thời gian này.', en: 'No unanswered questions in this period.' },
  'review.row': { vi: '{n}. “{wording}” ×{count} ({language}; người hỏi: {askers})', en: '{n}. “{wording}” ×{count} ({language}; askers: {askers})' },
  'review.variants': { vi: 'cũng hỏi: {variants}', en: 'also asked as: {variants}' },
  'review.closest': { vi: 'gần nhất: {factId} “{question}”, độ tin cậy {confidence}', en: 'closest: {factId} “{question}”, confidence {confidence}' },
  'review.closestGone': { vi: 'gần nhất: {factId} (không còn trong bảng), độ tin cậy {confidence}', en: 'closest: {factId} (no longer in the table), confidence {confidence}' },
  'review.noClosest': { vi: 'không có dữ kiện nào gần', en: 'no close fact' },
  'review.resolved': { vi: '{count} nhóm khác nay đã được trả lời (không liệt kê).', en: '{count} more groups are answered now (not listed).' },
  'review.acceptHint': { vi: 'Thêm cách hỏi của dòng N vào dữ kiện: {command}', en: 'To add row N’s wording to its fact: {command}' },
  'review.downvotedTitle': { vi: 'Câu trả lời bị đánh giá 👎: {count}', en: 'Answers marked 👎: {count}' },
  'review.noneDownvoted': { vi: 'Không có câu trả lời nào bị đánh giá 👎.', en: 'No answer was marked 👎.' },
  'review.downvoted': { vi: '{factId} ×{count}: câu hỏi “{question}”; đã trả lời “{factQuestion}”', en: '{factId} ×{count}: asked “{question}”; answered with “{factQuestion}”' },
  'review.questionUnknown': { vi: '(không rõ câu hỏi)', en: '(question not known)' },
  'review.factGone': { vi: '(không còn trong bảng)', en: '(no longer in the table)' },
  'review.figuresTitle': { vi: 'Số liệu', en: 'Figures' },
  'review.questions': { vi: 'Câu hỏi: {questions}, đã trả lời {share} ({answered})', en: 'Questions: {questions}, answered {share} ({answered})' },
  'review.byPlatform': { vi: 'Theo nền tảng: {list}', en: 'By platform: {list}' },
  'review.byLanguage': { vi: 'Theo ngôn ngữ: {list}', en: 'By language: {list}' },
  'review.shareItem': { vi: '{name} {questions} (trả lời {share})', en: '{name} {questions} ({share} answered)' },
  'review.topFacts': { vi: 'Dữ kiện được hỏi nhiều nhất: {list}', en: 'Most asked facts: {list}' },
  'review.votes': { vi: 'Đánh giá: 👍 {up}, 👎 {down}; lượt bấm “Xem thêm” và gợi ý: {clicks}', en: 'Votes: 👍 {up}, 👎 {down}; “See also” and suggestion clicks: {clicks}' },
  'review.none': { vi: 'không có', en: 'none' },
  'review.chartTitle': { vi: 'Câu hỏi và tỷ lệ được trả lời theo ngày', en: 'Questions and answered share per day' },
  'review.chartQuestions': { vi: 'câu hỏi', en: 'questions' },
  'review.chartAnswered': { vi: 'tỷ lệ được trả lời', en: 'answered share' },
  'review.date': { vi: 'Ngày', en: 'Date' },
  'curation.added': { vi: 'Đã thêm “{wording}” ({language}) vào {factId}, {where}.', en: 'Added “{wording}” ({language}) to {factId}, {where}.' },
  'curation.namesAdded': {
    vi: 'Cũng đã thêm vào {field} của {factId}: {names} (cách hỏi này gọi tên như vậy).',
    en: "Also added to {factId}'s {field}: {names} (this wording names it so).",
  },
  'curation.answerNow': { vi: 'Câu trả lời cho cách hỏi này bây giờ:', en: 'The answer to this wording now:' },
  'curation.notAnsweredBy': {
    vi: 'Lưu ý: câu hỏi này vẫn chưa được trả lời bằng {factId}; hãy xem lại dữ kiện hoặc cách hỏi.',
    en: 'Note: this wording is still not answered with {factId}; check the fact or the wording.',
  },
  'curation.unknownFact': { vi: 'Bảng dữ kiện không có “{factId}”.', en: 'The fact table has no “{factId}”.' },
  'curation.duplicate': { vi: '{factId} đã có cách hỏi này: “{existing}”.', en: '{factId} already has this wording: “{existing}”.' },
  'curation.noSuchRow': { vi: 'Lần rà soát gần nhất không có dòng {n}: hãy chạy lại lệnh rà soát.', en: 'The latest review has no row {n}: run the review again.' },
  'curation.needFactId': { vi: 'Dòng {n} không có dữ kiện gần nhất: hãy ghi rõ mã dữ kiện.', en: 'Row {n} has no closest fact: name the fact id.' },

  // The daily digest
  'digest.onThisDay': { vi: 'Hôm nay năm xưa', en: 'On this day' },
  'digest.comingUp': { vi: 'Sắp tới trong tuần', en: 'Coming up this week' },
  'digest.newFacts': { vi: 'Mới trong bảng dữ kiện', en: 'New in the fact table' },
  'digest.briefingPoint': { vi: 'Điểm tin trong ngày', en: 'Briefing point of the day' },
  'digest.sectionCut': { vi: '{title} ({shown}/{total})', en: '{title} ({shown} of {total})' },
  'digest.yearsAgo': { vi: '{years} {yearsUnit} trước', en: '{years} {yearsUnit} ago' },
  'digest.comingUpNote': { vi: '{when} ({day}), tròn {years} {yearsUnit}', en: '{when} ({day}), {years} {yearsUnit}' },
  'digest.tomorrow': { vi: 'ngày mai', en: 'tomorrow' },
  'digest.inDays': { vi: 'còn {days} ngày', en: 'in {days} days' },
  'digest.shortened': { vi: 'Bản tin đã được rút gọn cho vừa một tin nhắn {platform}.', en: 'Shortened to fit in one {platform} message.' },
  'digest.subscribed': { vi: 'Đã bật điểm tin hằng ngày cho kênh này: {setting}. Bản tiếp theo: {next}.', en: 'Daily digest on for this channel: {setting}. Next one: {next}.' },
  'digest.unsubscribed': { vi: 'Đã tắt điểm tin hằng ngày cho kênh này.', en: 'Daily digest off for this channel.' },
  'digest.wasNotSubscribed': { vi: 'Kênh này chưa đăng ký điểm tin hằng ngày.', en: 'This channel had no daily digest.' },
  'digest.status': { vi: 'Kênh này nhận điểm tin hằng ngày: {setting}. Bản tiếp theo: {next}.', en: 'This channel gets the daily digest: {setting}. Next one: {next}.' },
  'digest.notSubscribed': {
    vi: 'Kênh này chưa đăng ký điểm tin hằng ngày. Gõ `{digest} on [HH:MM] [vi|en]` để bật.',
    en: 'This channel has no daily digest. Type `{digest} on [HH:MM] [vi|en]` to turn it on.',
  },
  'digest.setting': { vi: '{time} ({timezone}), bằng {language}', en: '{time} ({timezone}), in {language}' },
  'digest.nextAt': { vi: '{time} ngày {date}', en: '{time} on {date}' },

  // Words that other messages are built with
  'language.vi': { vi: 'tiếng Việt', en: 'Vietnamese' },
  'language.en': { vi: 'tiếng Anh', en: 'English' },
  'unit.second': { vi: 'giây', en: 'second' },
  'unit.seconds': { vi: 'giây', en: 'seconds' },
  'unit.year': { vi: 'năm', en: 'year' },
  'unit.years': { vi: 'năm', en: 'years' },
} as const satisfies Record<string, Record<Language, string>>;

export type MessageKey = keyof typeof MESSAGES;

/** The placeholder names in a message text: "Try in {seconds} {secondsUnit}" → "seconds" | "secondsUnit". */
type Placeholders<S extends string> = S extends `${string}{${infer Name}}${infer Rest}` ? Name | Placeholders<Rest> : never;

/** A placeholder's value: text, a number, or another message, put in the same language. */
export type ParamValue = string | number | { key: MessageKey; params?: object };

export type MessageParams<K extends MessageKey> = Record<Placeholders<(typeof MESSAGES)[K]['en']>, ParamValue>;

/** A message not yet put in a language: its key and the values of its placeholders. */
export type Message = { [K in MessageKey]: Placeholders<(typeof MESSAGES)[K]['en']> extends never ? { key: K; params?: undefined } : { key: K; params: MessageParams<K> } }[MessageKey];

type ParamArgs<K extends MessageKey> = Placeholders<(typeof MESSAGES)[K]['en']> extends never ? [] : [params: MessageParams<K>];

/** The message in a language, its placeholders filled in. */
export function message<K extends MessageKey>(key: K, language: Language, ...[params]: ParamArgs<K>): string {
  const text: string = MESSAGES[key][language];
  if (!params) return text;
  const values = params as Record<string, ParamValue>;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = values[name];
    if (value === undefined) return whole;
    return typeof value === 'object' ? render(value as Message, language) : String(value);
  });
}

/** A message to put in a language later (an error thrown before the reply language is known to the thrower). */
export function later<K extends MessageKey>(key: K, ...[params]: ParamArgs<K>): Message {
  return { key, params } as Message;
}

/** Puts a message built with `later` into a language. */
export function render(m: Message, language: Language): string {
  return (message as (key: MessageKey, language: Language, params?: object) => string)(m.key, language, m.params);
}

/** "1 second" / "2 seconds" and the like: the unit word to go with a count. */
export function unitFor(count: number, unit: 'second' | 'year', language: Language): string {
  return message(count === 1 ? `unit.${unit}` : `unit.${unit}s`, language);
}
