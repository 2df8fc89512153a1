// Word lists the engine reasons with: function words per language and the cues of each question type (all folded).
import type { ValueKind } from '../facts/schema.js';

/**
 * Vietnamese function words as typed with accents. Accents tell "chủ đề" (topic) from "chủ", "để" (function words)
 * and "Bảo an" from "bao nhiêu", so an accented word is a stopword only if this exact form is listed.
 */
export const VI_STOPWORDS_EXACT = new Set(
  `à ạ ai anh ấy bà bị bởi các cái cần chỉ chiếc cho chứ chưa có còn của cùng cũng đã đang đâu đây để đến đều đi do đó
   được gì giờ hãy hết hoặc hỏi khi không là lại làm lên lúc mà mấy mình một muốn nào này nay nếu nên nhé nhỉ nhiều như
   những nơi nữa ở ông phải ra rằng rất rồi sao sẽ sự tại thế thì thôi trên trong từ và vào vậy về vì với xin hả ơi
   đấy kia hay vừa bao nhiêu nói bàn cụ thể chính xác vui lòng giúp cho biết hãy cuộc buổi ko hok`.split(/\s+/),
);

/**
 * The same for words typed without accents (folded). Syllables that are also content words once folded
 * ("chu" chủ, "de" đề, "bao" bảo, "hoi" hội, "qua" quả, "dau" đầu, "noi" Nội) are left out on purpose.
 */
export const VI_STOPWORDS = new Set(
  `a ai anh ay bi boi cac cai cho chua co cua cung da dang day den deu di do duoc gi gio hay het hoac khi khong la lai
   lam len ma may minh mot muon nao nay neu nen nhe nhi nhieu nhu nhung nua o ong phai ra rang rat roi sao se su tai
   the thi thoi tren trong tu va vao vay ve vi voi xin cuoc buoi ko hok`.split(/\s+/),
);

/** English function and question words. */
export const EN_STOPWORDS = new Set(
  `a about after all also am an and any are as at be been before being but by can could did do does doing done during
   each for from had has have having he her here his how i if in into is it its me more most my no nor not of off on
   once only or other our out over own please same she should so some such than that the their them then there these
   they this those through to too under until up very was we were what when where which while who whom whose why will
   with would you your tell know give show say said us take took play played get got make made
   talk talked talking discuss discussed discussing mention mentioned create creating created main kind type
   exactly really actually also specifically particular according describe described briefly please
   wat wht whats wich whic wen whn hw hwo waht whta teh ur co`.split(/\s+/),
);

/** A function word of either language (folded). */
export const isStopword = (w: string): boolean => EN_STOPWORDS.has(w) || VI_STOPWORDS.has(w);

/**
 * A Vietnamese function word as written: a syllable with its diacritics is one only as itself ("sự", not the "sứ" of
 * "Đại sứ" nor the "thời" of "thời gian", which fold alike); one typed without them, by its folded form.
 */
export const isViStopword = (t: { exact: string; folded: string }): boolean =>
  t.exact !== t.folded ? VI_STOPWORDS_EXACT.has(t.exact) : VI_STOPWORDS.has(t.folded);

/** A function word of either language as written (a name's language is not known): isViStopword, or English. */
export const isWrittenStopword = (t: { exact: string; folded: string }): boolean =>
  isViStopword(t) || (t.exact === t.folded && EN_STOPWORDS.has(t.folded));

/**
 * The other words that say which language a question is in, when it has no diacritics (the frame words below weigh
 * more and are not repeated here). Ambiguous ones are left out.
 */
export const VI_CUES = new Set(
  `chu hoi lan minh muon nam ngay nghi nuoc o thang the thu trong tu viet vao dien ra tham du chuc hop nhat quoc truong
   doan bo ngoai giao tuong dai dong an lien hiep thong qua quyet de phat bieu tuyen doi thoai khai mac hom mai toi
   sang chieu thoi tiet gia bien ban chinh phu tong dang`.split(/\s+/),
);

/**
 * The words that frame a question rather than name its subject: interrogatives, particles and function words. People
 * borrow terms from the other language ("amm 53 chaired by ai", "Who chaired the Hội nghị SOM trực tuyến?") but
 * frame the question in their own, so these outweigh the cues. Folded forms that are also common words of the
 * other language ("the" is thế, "do" is đó, "a", "to", "an", "on") are left out of both.
 */
export const VI_FRAME = new Set(
  `ai gi nao dau sao khong ko hok chua bao nhieu may khi luc la cua cac nhung duoc dc voi ve tai va thi co da se nay vay
   nhu j nhe ha`.split(/\s+/),
);

export const EN_FRAME = new Set(
  `what who when where which how why whom whose is are was were did does of and for about with from into during
   between by at in their its has have will would could should been this that there many much than`.split(/\s+/),
);

export const EN_CUES = new Set(
  `the date year meeting minister ministers foreign summit resolution adopted chaired held attended say said first role
   theme countries happened stand stands mean means i you your on be`.split(/\s+/),
);

/** What a question asks for: the same kinds of value a fact declares it gives (see the fact schema's `gives`). */
export type QuestionType = ValueKind;

/**
 * Phrases that signal what kind of value the asker wants, checked as whole-word sequences. Vietnamese ones are written
 * with their accents: a word typed with accents must match them ("kỷ lục nào" is not "lúc nào"), a word typed
 * without matches the folded form.
 */
export const QUESTION_CUES: Record<QuestionType, string[]> = {
  who: [
    'who', 'whom', 'whose', 'which official', 'which minister', 'which leader', 'which ambassador', 'which diplomat',
    'ai', 'người nào', 'vị nào', 'những ai', 'là ai', 'thứ trưởng nào', 'bộ trưởng nào', 'quan chức nào', 'đại sứ nào',
    'lãnh đạo nào', 'ông nào', 'bà nào', 'ngoại trưởng nào',
    // Which country, member or body did something: a who, answered by the country or body in that part ("which
    // country drafted …", "nước nào đề xuất …"). Where a country is the place, the question says so ("in which
    // country", "ở nước nào": where, the longer cue).
    'which country', 'what country', 'which nation', 'which member', 'which member state', 'which body',
    'which agency', 'which organisation', 'which organization', 'which delegation', 'which representative',
    'which spokesperson', 'which envoy', 'nước nào', 'quốc gia nào', 'thành viên nào', 'nước thành viên nào',
    'đại diện nào', 'phái đoàn nào', 'người phát ngôn nào',
  ],
  when: [
    'when', 'what date', 'which date', 'what day', 'which day', 'what year', 'which year', 'what dates', 'which dates',
    'which term', 'khi nào', 'bao giờ', 'ngày nào', 'năm nào', 'tháng nào', 'lúc nào', 'thời gian nào', 'ngày mấy',
    'tháng mấy', 'những ngày nào', 'vào ngày', 'từ khi nào', 'từ tháng mấy', 'từ năm nào', 'hồi nào', 'nhiệm kỳ nào',
    // Telegraphic, as typed on a phone: the kind of value as a noun ("AMM 53 opening date").
    'date', 'dates',
  ],
  where: ['where', 'which city', 'what city', 'what venue', 'which venue', 'venue', 'location', 'ở đâu', 'tại đâu', 'địa điểm', 'nơi nào', 'thành phố nào', 'ở nước nào', 'tại nước nào', 'in which country', 'in what country'],
  howMany: ['how many', 'how much', 'number of', 'bao nhiêu', 'mấy', 'số lượng', 'lần thứ mấy'],
  why: ['why', 'for what reason', 'what for', 'tại sao', 'vì sao', 'vì lý do gì', 'lý do', 'nguyên nhân', 'để làm gì', 'mục đích'],
  whatIs: [
    'what is', 'what s', 'whats', 'what are', 'what does', 'stand for', 'stands for', 'meaning of', 'mean', 'means', 'what is meant by', 'definition of',
    'define', 'là gì', 'nghĩa là gì', 'viết tắt', 'là cái gì', 'định nghĩa', 'short for', 'abbreviation of',
    'abbreviation for', 'acronym of', 'acronym for', 'refers to', 'refer to', 'tên đầy đủ', 'viết đầy đủ',
  ],
};

/**
 * "Which countries" asked of no one's part: the countries that make up a group ("ASEAN+3 gồm những nước nào?", "which
 * countries are in the EAS?"), asked of its definition or of the fact listing them, and those something was done with
 * ("phối hợp với nước nào", "với ai", "with whom"), the counterpart the fact names. These cues ask no kind of value;
 * being longer, they keep "nước nào", "ai" and "which countries" from reading as who.
 */
export const NO_KIND_CUES = [
  'với ai', 'với những ai', 'cùng ai', 'cùng những ai', 'cùng với ai', 'with whom', 'together with whom',
  'với nước nào', 'với những nước nào', 'với các nước nào', 'với quốc gia nào', 'with which country',
  'with which countries', 'with what country', 'with what countries',
  'gồm những nước nào', 'gồm nước nào', 'gồm các nước nào', 'bao gồm những nước nào', 'gồm những ai', 'có những nước nào',
  'which countries are', 'which countries make up', 'which countries belong to', 'which countries and organisations are',
  'which countries and organizations are', 'what countries are', 'what countries make up',
];

/**
 * "What kind of body is X?", "What body is X?", "X là cơ quan gì?", "X là tổ chức nào?": a definition asked through the
 * kind of thing X is. Folded; the words between (up to KIND_OF_GAP) name the kind and are not another topic. After a
 * bare "what" they must hold one of KIND_NOUNS ("what body is …", not "what role is …").
 */
export const KIND_OF = {
  en: { open: ['what kind of', 'what type of', 'what sort of'], bare: 'what', close: ['is', 'are', 'was', 'were', 'does', 'do'] },
  vi: { open: 'la', close: 'gi', which: 'nao' },
};
export const KIND_OF_GAP = 2;

/**
 * The kinds of thing a definition is asked through anywhere in the question ("ARF viết tắt tên của diễn đàn nào?",
 * "What body is X short for?"), by the question's language: with a definition cue, they name the kind, not another
 * topic. Folded. ("Term" is left out: "the term of the Secretary-General" is a tenure.)
 */
export const KIND_NOUNS: Record<'vi' | 'en', string[]> = {
  vi: [
    'co quan', 'to chuc', 'dien dan', 'hoi nghi', 'van kien', 'van ban', 'hiep uoc', 'co che', 'chuong trinh', 'ten',
    'ten goi', 'thuat ngu', 'khai niem',
  ],
  en: [
    'body', 'bodies', 'organisation', 'organization', 'agency', 'institution', 'forum', 'meeting', 'document', 'treaty',
    'mechanism', 'programme', 'program', 'group', 'name', 'version', 'expanded', 'full',
  ],
};

/**
 * Asking for a person by name: a who-cue fused with a title only a person holds ("which minister", "đại sứ nào") or
 * a request for a name ("full name", "họ tên"). Folded. "Chair", "president", "head" and "leader" are left out: a
 * country chairs ASEAN and presides over the Security Council.
 */
export const PERSON_CUES = [
  'which minister', 'which ambassador', 'which diplomat', 'full name', 'whose name', 'bo truong nao', 'thu truong nao',
  'dai su nao', 'ong nao', 'ba nao', 'vi nao', 'ten nguoi', 'ho ten', 'ho va ten', 'ngoai truong nao',
];

/**
 * The nouns of the who-cues that name a person by office, found with a describing word or two between them and the
 * question word ("which UN official", "which women leaders", "ngoại trưởng Mỹ nào"): the cue is read as if they were
 * adjacent ("which official", "ngoại trưởng nào"). Folded; a word between may not be an article, preposition or
 * auxiliary ("what did the minister say" asks no who).
 */
export const PERSON_NOUNS = {
  en: ['official', 'minister', 'leader', 'ambassador', 'diplomat', 'envoy', 'representative', 'spokesperson', 'spokesman'],
  vi: ['ngoai truong', 'bo truong', 'thu truong', 'dai su', 'quan chuc', 'lanh dao', 'nguoi phat ngon', 'nha ngoai giao', 'dai dien'],
};
/** At most how many describing words stand between a person noun and its question word. */
export const PERSON_GAP = 2;

/** Asking who someone is, not who did something: with an office named, who holds it ("Phó Tổng thư ký ASEAN là ai?"). Folded. */
export const HOLDER_CUES = ['la ai', 'ai la', 'who is', 'who was', 'who s', 'whos', 'who are', 'who were'];

/** A request for a name ("name", "tên"); with one of PERSON_TITLES anywhere in the question it asks for a person. */
export const NAME_WORDS = { en: ['name'], vi: ['ten'] };

/** Titles only a person holds, folded; "representative" counts only when a name is asked. */
export const PERSON_TITLES = [
  'minister', 'ambassador', 'secretary general', 'spokesperson', 'spokesman', 'diplomat', 'envoy', 'representative',
  'bo truong', 'thu truong', 'dai su', 'tong thu ky', 'nguoi phat ngon', 'nha ngoai giao', 'dai dien', 'truong doan',
];

/** Words said before a person's name that are no part of it ("ông Quý", "Mr Guterres"). Folded. */
const HONORIFICS = ['ong', 'ba', 'ngai', 'mr', 'mrs', 'ms', 'dr'];

/** The words of titles only a person holds, and of the honorifics before a name: "Đại sứ Quý là ai?" names a person. */
export const PERSON_TITLE_WORDS: ReadonlySet<string> = new Set([...PERSON_TITLES.flatMap((t) => t.split(' ')), ...HONORIFICS]);

/**
 * Asking where at a venue's precision ("which hotel", "khách sạn nào"): a fact naming only the city cannot say. Folded.
 * VENUE_WORDS are the nouns that make a place a venue, in a question's cue or an entity's name.
 */
export const VENUE_CUES = [
  'which hotel', 'what hotel', 'which building', 'what building', 'which hall', 'which room', 'what address', 'which street',
  'khach san nao', 'toa nha nao', 'hoi truong nao', 'phong hop nao', 'phong nao', 'dia chi nao', 'dia chi o dau', 'duong pho nao',
];
export const VENUE_WORDS = ['hotel', 'building', 'hall', 'room', 'convention', 'khach san', 'toa nha', 'hoi truong', 'phong hop', 'trung tam hoi nghi'];

/**
 * Asking which edition or session something is ("AMM lần thứ mấy?", "AMM lần mấy?" as people say it, "Đại hội đồng
 * khóa mấy?", "which edition of the EAS?"): answered by a fact naming it with its ordinal (see FactIndex ordinals), not
 * by a count ("mấy lần" is how many times). Folded. Not "which session" or "which round": a session is also a part of
 * a meeting ("the Indo-Pacific session"), and the table writes rounds in words ("the second round").
 */
export const ORDINAL_CUES = [
  'lan thu may', 'lan thu bao nhieu', 'thu may', 'lan may', 'ky may', 'khoa may', 'khoa thu may', 'khoa hop thu may',
  'ky hop thu may',
  'which edition', 'what edition', 'which iteration',
];

/**
 * Asking which office or post someone holds ("ông Dũng giữ chức vụ gì?", "What post did Khiari hold?"): answered by a
 * fact that states its people's offices (its `titles`), and any two facts giving the same office answer alike. Folded.
 * Left out: "với cương vị" and "giữ chức Chủ tịch" state an office and ask none; "chức gì" alone is also the end of
 * "tổ chức gì" (what organisation); "what position" is as often a stance taken ("What position did the SOM take on
 * …?").
 */
export const OFFICE_CUES = [
  'chuc vu gi', 'chuc vu nao', 'chuc danh gi', 'chuc danh nao', 'cuong vi gi', 'cuong vi nao', 'giu chuc gi',
  'giu chuc nao', 'what post', 'which post', 'what posts', 'which posts', 'what title', 'which title', 'what office',
  'which office', 'what job',
];

/**
 * Nouns naming an office, asked of a person and nothing else ("What is Dang Dinh Quy's position?", "Chức vụ của ông Quý
 * là gì?"): the question asks which office that person holds. Folded.
 */
export const OFFICE_NOUNS = ['position', 'post', 'title', 'job', 'role', 'office', 'chuc vu', 'chuc danh', 'cuong vi'];

/**
 * English verbs of saying, most of them function words here (so no topic word shows the question is not about a
 * term): "What does the resolution say about COVID-19?" asks what a text states, not what something is, though "what
 * does" opens "what does AIPR do?".
 */
export const REPORTING_VERBS = new Set(['say', 'says', 'said', 'tell', 'tells', 'told', 'talk', 'talked', 'talking', 'discuss', 'discussed', 'discussing', 'mention', 'mentioned', 'describe', 'described']);

/**
 * Short forms Vietnamese askers type on a phone and in notes ("TT Dũng nói j về COC?", "amm 53 có bn đoàn?"), by their
 * folded form, with the words they stand for: the words then ask and name as typed in full. Only in a Vietnamese
 * question ("bn", "k", "vs" mean other things in English). "TT" is thứ trưởng, the office these reports quote most,
 * but "phó TT" is phó thủ tướng; "HN" is left out: it is Hà Nội as often as hội nghị.
 */
export const VI_SHORT_FORMS: Readonly<Record<string, string>> = {
  bn: 'bao nhiêu', j: 'gì', ko: 'không', k: 'không', hok: 'không', khg: 'không', ntn: 'như thế nào', dc: 'được',
  ng: 'người', nc: 'nước', vs: 'với',
  tt: 'thứ trưởng', 'pho tt': 'phó thủ tướng', ptt: 'phó thủ tướng', btng: 'bộ trưởng ngoại giao',
  ttng: 'thứ trưởng ngoại giao', ttk: 'tổng thư ký', ds: 'đại sứ', ct: 'chủ tịch', uvktt: 'ủy viên không thường trực',
};

/** Words that stand before an ordinal in a name ("lần thứ 37", "khóa 75", "kỳ họp thứ 75"). Folded. */
export const ORDINAL_WORDS = new Set(['lan', 'thu', 'khoa', 'ky', 'hop']);

/**
 * Asking for the report itself ("which outlet reported …", "ai viết bài …", "báo nào đưa tin …"): every answer's
 * source names its outlet, date, title and author, so the fact the rest of the question is about answers it. Folded,
 * whole-word phrases (never a bare "báo nào": "họp báo nào" asks which press conference); REPORT_WORDS name the
 * report and, in such a question, are not part of its topic.
 */
export const SOURCE_CUES = [
  'which outlet', 'what outlet', 'which newspaper', 'what newspaper', 'which paper', 'which news site', 'which news outlet',
  'which website', 'which media', 'who wrote', 'who reported', 'who authored', 'author of', 'written by', 'reported by',
  'published by', 'byline', 'to bao nao', 'co quan bao nao', 'trang bao nao', 'cua bao nao', 'tren bao nao', 'bao nao dua tin',
  'bao nao dang', 'bao nao viet', 'trang nao dua tin', 'ai viet', 'tac gia', 'nguon tin', 'nguon nao', 'phong vien nao',
  'which article', 'what article', 'source for', 'source of', 'bai bao nao', 'bai viet nao',
];

/** At most how many words after a how-many cue name what it counts. */
export const COUNTED_SPAN = 6;
/**
 * Words that end what a how-many cue counts: articles, prepositions and auxiliaries, and the Vietnamese verbs of
 * taking part that follow the counted noun where English has an article ("bao nhiêu nhà báo | dự họp báo": journalists,
 * not meetings). Folded.
 */
export const COUNTED_ENDS = new Set(
  'the a an of in at to for on with by from during about did does do was were is are will would has have had cua tai o trong cho voi ve tu vao da se duoc la du tham'.split(' '),
);

/**
 * English nouns that count countries as such ("How many nations backed the resolution as co-sponsors?"): what they
 * were counted as is said by the rest of the question, which must name one of the fact's counts anyway. Vietnamese
 * writes it into the noun ("bao nhiêu nước đồng bảo trợ"), which is then what is counted.
 */
export const GENERIC_COUNTED = new Set(['countries', 'nations', 'states']);

/**
 * Ways of naming one part played in an event, in both languages: a fact declaring one of them in its `roles` is
 * named by any ("Ai chủ tọa …?" of a fact whose role is "chủ trì"). Only the part a who-question asks about; they
 * give no coverage and name no topic. Each word as people use it of a person, body or country in the articles' events.
 */
export const ROLE_GROUPS: readonly (readonly string[])[] = [
  ['chủ trì', 'chủ tọa', 'điều hành', 'chaired', 'chair', 'chairing', 'chairmanship', 'presided', 'presided over', 'in the chair'],
  ['phát biểu', 'nói', 'cho biết', 'nhấn mạnh', 'khẳng định', 'nêu', 'gọi', 'said', 'stated', 'stressed', 'noted', 'remarked', 'told', 'called', 'described', 'spoke'],
  ['tham dự', 'dự', 'tham gia', 'có mặt', 'attended', 'joined', 'took part', 'participated', 'was present'],
  ['đề xuất', 'đề nghị', 'kiến nghị', 'proposed', 'suggested', 'put forward', 'floated'],
  ['cam kết', 'hứa', 'pledged', 'committed', 'vowed', 'promised'],
  ['đánh giá cao', 'khen', 'khen ngợi', 'ca ngợi', 'praised', 'commended', 'hailed', 'lauded'],
  ['thông qua', 'phê chuẩn', 'adopted', 'approved', 'passed', 'endorsed'],
  ['soạn thảo', 'dự thảo', 'drafted', 'penned', 'penholder'],
  ['công bố', 'thông báo', 'announced', 'made public', 'declared'],
  ['đăng cai', 'chủ nhà', 'hosted', 'host', 'staged'],
  ['dẫn đầu', 'dẫn đoàn', 'led', 'headed'],
];

/**
 * Openings of a clause that sets something aside ("Apart from X, which other …", "Ngoài X, …"), as written: the
 * unaccented "ngoai" is also "ngoại" (foreign), so only "ngoài" with its accent counts.
 */
export const SET_ASIDE_CUES = ['apart from', 'aside from', 'besides', 'other than', 'except for', 'in addition to', 'ngoài', 'bên cạnh', 'ben canh'];

export const REPORT_WORDS = new Set(
  `article articles report reports reported story piece news site outlet newspaper paper website media wrote written
   published bai bao dang tin dua trang phong vien`.split(/\s+/),
);

/**
 * Words people ask with in place of the table's own (general diplomatic vocabulary, not names: those are the
 * glossary's). Each group's words stand for one another with EngineOptions.synonymCredit. English: one or two words;
 * Vietnamese: two syllables (a single syllable means too many things). Written with accents.
 */
export const SYNONYMS: readonly (readonly string[])[] = [
  // English
  ['talks', 'negotiations', 'negotiation', 'negotiating'],
  ['start', 'begin', 'began', 'launch', 'kick off', 'commence', 'open'],
  ['push', 'accelerate', 'speed up', 'expedite', 'advance', 'boost'],
  ['theme', 'motto', 'slogan'],
  ['topic', 'subject', 'focus', 'theme'],
  ['chair', 'preside'],
  ['attend', 'participate', 'join', 'take part'],
  ['meeting', 'conference'],
  ['adopt', 'approve', 'pass'],
  ['propose', 'suggest', 'recommend', 'proposal', 'suggestion', 'recommendation'],
  ['pledge', 'commit', 'promise', 'vow', 'commitment'],
  ['goal', 'aim', 'objective', 'purpose'],
  ['help', 'support', 'assist', 'assistance'],
  ['cooperation', 'collaboration'],
  ['difficult', 'complex', 'complicated', 'hard'],
  ['challenge', 'difficulty', 'obstacle'],
  ['priority', 'focus'],
  ['country', 'nation'],
  ['document', 'text'],
  ['plan', 'intend'],
  ['review', 'assess', 'evaluate', 'assessment', 'evaluation'],
  ['contribute', 'contribution'],
  ['official', 'officer'],
  ['deadline', 'target date'],
  ['dual', 'double', 'twin'],
  ['member', 'seat'],
  ['host', 'organise', 'organize'],
  ['result', 'outcome'],
  ['statement', 'declaration'],
  ['expert', 'scholar', 'academic', 'researcher'],
  // Vietnamese
  ['đàm phán', 'thương lượng'],
  ['bắt đầu', 'khởi động', 'khởi đầu'],
  ['thúc đẩy', 'đẩy mạnh', 'đẩy nhanh'],
  ['chủ đề', 'khẩu hiệu'],
  ['chủ trì', 'chủ tọa'],
  ['tham dự', 'tham gia'],
  ['đề xuất', 'đề nghị', 'kiến nghị'],
  ['cam kết', 'hứa hẹn'],
  ['mục tiêu', 'mục đích'],
  ['hỗ trợ', 'giúp đỡ', 'ủng hộ'],
  ['khó khăn', 'thách thức', 'phức tạp'],
  ['ưu tiên', 'trọng tâm'],
  ['thông qua', 'phê chuẩn', 'phê duyệt'],
  ['văn kiện', 'văn bản', 'tài liệu'],
  ['đánh giá', 'rà soát'],
  ['đóng góp', 'góp phần'],
  ['kết quả', 'thành quả'],
  ['chuyên gia', 'học giả'],
];

/** Words that make a question about "what happened" on a date rather than about a topic. */
export const EVENT_WORDS = new Set(
  `happened happen happening event events occurred took place held su kien dien ra xay ra hom chuyen`.split(/\s+/),
);

export const MONTHS_EN = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
export const MONTHS_EN_SHORT = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
