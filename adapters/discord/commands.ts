// The slash command definitions registered with Discord: /ask (with autocomplete) and /briefing.
import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  InteractionContextType,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';

export const ASK_COMMAND = 'ask';
export const BRIEFING_COMMAND = 'briefing';

/** How Discord spells the commands, for hints from the core (help, the empty-question hint). */
export const DISCORD_COMMANDS = Object.freeze({ askCommand: `/${ASK_COMMAND}`, briefingCommand: `/${BRIEFING_COMMAND}` });

const languageChoices = [
  { name: 'Tiếng Việt', value: 'vi' },
  { name: 'English', value: 'en' },
];

/**
 * Discord cannot set default_member_permissions on a subcommand (only on a whole command), and putting it on
 * /briefing would hide help and sources from everyone else; `digest on|off` checks Manage Channels at run time.
 */
export function commandDefinitions(maxQuestionLength: number): RESTPostAPIChatInputApplicationCommandsJSONBody[] {
  return [
    {
      type: ApplicationCommandType.ChatInput,
      name: ASK_COMMAND,
      description: 'Ask a question on Vietnam’s ASEAN and UN diplomacy (English or Vietnamese)',
      description_localizations: { vi: 'Hỏi về ngoại giao ASEAN và Liên Hợp Quốc của Việt Nam' },
      contexts: [InteractionContextType.Guild],
      options: [
        {
          type: ApplicationCommandOptionType.String,
          name: 'question',
          name_localizations: { vi: 'cau-hoi' },
          description: 'Your question, e.g. Who chaired AMM 53?',
          description_localizations: { vi: 'Câu hỏi, ví dụ: Ai chủ trì AMM 53?' },
          required: true,
          autocomplete: true,
          // Discord caps string options at 6,000 characters.
          max_length: Math.min(maxQuestionLength, 6000),
        },
      ],
    },
    {
      type: ApplicationCommandType.ChatInput,
      name: BRIEFING_COMMAND,
      description: 'Help, sources and the daily digest',
      description_localizations: { vi: 'Hướng dẫn, nguồn và bản tin hằng ngày' },
      contexts: [InteractionContextType.Guild],
      options: [
        { type: ApplicationCommandOptionType.Subcommand, name: 'help', description: 'How to use the bot', description_localizations: { vi: 'Cách dùng' } },
        { type: ApplicationCommandOptionType.Subcommand, name: 'sources', description: 'The articles the answers come from', description_localizations: { vi: 'Các bài báo làm nguồn' } },
        {
          type: ApplicationCommandOptionType.SubcommandGroup,
          name: 'digest',
          description: 'The daily morning digest for this channel',
          description_localizations: { vi: 'Bản tin buổi sáng hằng ngày cho kênh này' },
          options: [
            {
              type: ApplicationCommandOptionType.Subcommand,
              name: 'on',
              description: 'Post the digest in this channel every day (needs Manage Channels)',
              description_localizations: { vi: 'Đăng bản tin hằng ngày vào kênh này (cần quyền Quản lý kênh)' },
              options: [
                {
                  type: ApplicationCommandOptionType.String,
                  name: 'time',
                  description: 'Local time, HH:MM (24-hour), e.g. 07:30',
                  description_localizations: { vi: 'Giờ địa phương, HH:MM (24 giờ), ví dụ 07:30' },
                  min_length: 4,
                  max_length: 5,
                },
                { type: ApplicationCommandOptionType.String, name: 'language', description: 'Digest language', description_localizations: { vi: 'Ngôn ngữ' }, choices: languageChoices },
                {
                  type: ApplicationCommandOptionType.String,
                  name: 'timezone',
                  description: 'IANA time zone (default: the server’s, e.g. Asia/Ho_Chi_Minh)',
                  description_localizations: { vi: 'Múi giờ IANA (mặc định: của máy chủ, ví dụ Asia/Ho_Chi_Minh)' },
                  max_length: 64,
                },
              ],
            },
            { type: ApplicationCommandOptionType.Subcommand, name: 'off', description: 'Stop the digest in this channel (needs Manage Channels)', description_localizations: { vi: 'Dừng bản tin trong kênh này (cần quyền Quản lý kênh)' } },
            {
              type: ApplicationCommandOptionType.Subcommand,
              name: 'preview',
              description: 'Show today’s digest now, only to you',
              description_localizations: { vi: 'Xem trước bản tin hôm nay (chỉ bạn thấy)' },
            },
            { type: ApplicationCommandOptionType.Subcommand, name: 'status', description: 'Is the digest on in this channel?', description_localizations: { vi: 'Kênh này có nhận bản tin không?' } },
          ],
        },
      ],
    },
  ];
}
