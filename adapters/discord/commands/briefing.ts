// /briefing help | sources | digest on|off|preview|status | review: the typed options become the application's commands.
import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  InteractionContextType,
  MessageFlags,
  PermissionFlagsBits,
  type ChatInputCommandInteraction,
} from 'discord.js';
import type { BriefingCommand, BriefingResult, DigestCommand } from '../../../src/app/commands.js';
import { isLanguage } from '../../../src/model/language.js';
import { localeLanguage, NO_MENTIONS } from '../mentions.js';
import { renderList, renderNotice } from '../render-answer.js';
import { renderDigest } from '../render-digest.js';
import { discordOrigin, reply, type SlashCommand } from '../slash-command.js';

const languageChoices = [
  { name: 'Tiếng Việt', value: 'vi' },
  { name: 'English', value: 'en' },
];

export const briefingCommand: SlashCommand = {
  name: 'briefing',

  /**
   * Discord cannot set default_member_permissions on a subcommand (only on a whole command), and putting it on
   * /briefing would hide help and sources from everyone else; the member's Manage Channels permission is passed to the
   * application, which refuses `digest on|off` without it.
   */
  definition: () => ({
    type: ApplicationCommandType.ChatInput,
    name: 'briefing',
    description: 'Help, sources and the daily digest',
    description_localizations: { vi: 'Hướng dẫn, nguồn và bản tin hằng ngày' },
    contexts: [InteractionContextType.Guild],
    options: [
      { type: ApplicationCommandOptionType.Subcommand, name: 'help', description: 'How to use the bot', description_localizations: { vi: 'Cách dùng' } },
      { type: ApplicationCommandOptionType.Subcommand, name: 'sources', description: 'The articles the answers come from', description_localizations: { vi: 'Các bài báo làm nguồn' } },
      {
        type: ApplicationCommandOptionType.Subcommand,
        name: 'review',
        description: 'The week’s unanswered questions, only to you (the bot’s administrators)',
        description_localizations: { vi: 'Câu hỏi chưa được trả lời trong tuần, chỉ bạn thấy (quản trị viên của bot)' },
      },
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
  }),

  async execute(interaction, briefing) {
    const command = parse(interaction);
    if (command) await render(interaction, briefing.command(command));
  },
};

/** The interaction's subcommand and typed options as the application's command; undefined for one this bot lacks. */
function parse(interaction: ChatInputCommandInteraction): BriefingCommand | undefined {
  const language = localeLanguage(interaction.locale);
  const origin = discordOrigin({ userId: interaction.user.id, channelId: interaction.channelId, guildId: interaction.guildId });
  const sub = interaction.options.getSubcommand(true);
  if (interaction.options.getSubcommandGroup(false) === 'digest') {
    const option = (name: string) => interaction.options.getString(name)?.replace(/\s+/g, '') || undefined;
    let digest: DigestCommand;
    if (sub === 'on') {
      const chosen = option('language');
      digest = { action: 'on', time: option('time'), language: isLanguage(chosen) ? chosen : undefined, timezone: option('timezone') };
    } else if (sub === 'off' || sub === 'preview' || sub === 'status') digest = { action: sub };
    else return undefined;
    const mayManageChannel = interaction.memberPermissions?.has(PermissionFlagsBits.ManageChannels) ?? false;
    return { kind: 'digest', origin, language, digest, mayManageChannel };
  }
  if (sub === 'help' || sub === 'sources' || sub === 'review') return { kind: sub, origin, language };
  return undefined;
}

async function render(interaction: ChatInputCommandInteraction, result: BriefingResult): Promise<void> {
  switch (result.kind) {
    case 'help':
      return reply(interaction, renderNotice(result.text), { ephemeral: true });
    case 'sources':
    case 'review':
      return reply(interaction, result.lines.length ? renderList(result.title, result.lines, result.language) : renderNotice(result.emptyText, result.title), { ephemeral: true });
    case 'digest': {
      const r = result.result;
      if (r.kind === 'preview') {
        const [first, ...rest] = renderDigest(r.digest);
        await reply(interaction, { embeds: first?.embeds ?? [], components: [] }, { ephemeral: true });
        for (const message of rest) await interaction.followUp({ ...message, flags: MessageFlags.Ephemeral, allowedMentions: NO_MENTIONS });
        return;
      }
      return reply(interaction, renderNotice(r.text), { ephemeral: r.audience === 'asker' });
    }
  }
}
