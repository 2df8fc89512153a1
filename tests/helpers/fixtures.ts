// Shared test objects: the cited source of the fixture fact table (tests/fixtures/facts) and a Config over that table.
import type { Config } from '../../src/config/config.js';
import type { CitedSource } from '../../src/model/answer.js';

/** The fixture table's one source (`sample-amm53` in tests/fixtures/facts/articles/sample.yaml), as answers cite it. */
export const SAMPLE_SOURCE: Readonly<CitedSource> = Object.freeze({
  id: 'sample-amm53',
  title: 'Khai mạc Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 53',
  outlet: 'Báo Mẫu',
  author: 'Nguyễn Văn A',
  published: '2020-09-09',
  article: 'sample_article.txt',
});

/** What every adapter test's Config shares; tests add their platform sections, database and limits. */
const CONFIG_DEFAULTS = Object.freeze({
  factsDir: 'tests/fixtures/facts',
  timezone: 'Asia/Ho_Chi_Minh',
  digestTime: '07:30',
  maxQuestionLength: 500,
  rateLimit: { userPerMinute: 100, channelPerMinute: 100 },
  logLevel: 'silent',
  historyDays: 90,
} satisfies Omit<Config, 'dbPath'>);

/** A Config over the fixture fact table: the defaults above under `options` (dbPath is always the test's own). */
export function testConfig(options: Partial<Config> & Pick<Config, 'dbPath'>): Config {
  return { ...CONFIG_DEFAULTS, rateLimit: { ...CONFIG_DEFAULTS.rateLimit }, ...options };
}
