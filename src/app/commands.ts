// The typed commands every surface gives the application, and the result objects it gets back to render.
import type { Language } from '../model/language.js';
import type { Digest } from './digest/types.js';
import type { Platform, Subscription } from './store-port.js';

/** How a surface spells its commands, for the hints in the application's texts ('' where a plain line is a question). */
export interface CommandSpelling {
  /** "/ask" on Slack and Discord, "" in the console. */
  ask: string;
  help: string;
  sources: string;
  /** Absent where the surface has no digest (the console). */
  digest?: string;
  /** Where the surface lists related facts and suggestions by number and a number picks one (the console). */
  pickByNumber?: boolean;
  /** How to leave, where the surface is a session one leaves (the console). */
  quit?: string;
}

/** Where a command comes from: the platform, how it spells commands, who and which channel (none: no rate limit). */
export interface Origin {
  platform: Platform;
  commands: CommandSpelling;
  userId?: string | null;
  channelId?: string | null;
  /** Slack team or Discord guild, when known. */
  workspaceId?: string | null;
}

/** A question as typed; `language` is the surface's language for a text that shows none (empty, emoji only). */
export interface AskCommand {
  origin: Origin;
  text: string;
  language: Language;
}

/** A click on a related fact or a suggestion: answered in the language of the message clicked on. */
export interface ExplainCommand {
  origin: Origin;
  factId: string;
  language: Language;
}

/** Autocomplete of a question being typed. */
export interface CompleteCommand {
  origin: Origin;
  text: string;
  language: Language;
  limit?: number;
}

/** 👍/👎 on an answer. */
export interface FeedbackCommand {
  origin: Origin;
  factId: string;
  vote: 'up' | 'down';
  /** The question the answer was for, when the surface still shows it. */
  question: string | null;
  language: Language;
}

/** `digest on|off|preview|status`, parsed by the surface (Slack from text, Discord from typed options). */
export type DigestCommand =
  | { action: 'on'; time?: string; language?: Language; timezone?: string }
  | { action: 'off' }
  | { action: 'preview' }
  | { action: 'status' };

/**
 * The briefing commands (help, sources, digest, review). `mayManageChannel`: false when the surface knows the member may
 * not change the channel. `review`: the week's unanswered questions, for the users listed in BRIEFING_ADMINS.
 */
export type BriefingCommand =
  | { kind: 'help'; origin: Origin; language: Language }
  | { kind: 'sources'; origin: Origin; language: Language }
  | { kind: 'digest'; origin: Origin; language: Language; digest: DigestCommand; mayManageChannel?: boolean }
  | { kind: 'review'; origin: Origin; language: Language };

/** Who should see a reply: the whole channel, or only the member who asked. */
export type Audience = 'channel' | 'asker';

export interface Notice {
  language: Language;
  text: string;
}

export interface SourceList {
  language: Language;
  title: string;
  /** One citation line per source, newest first; empty when the table has none. */
  lines: string[];
  /** What to say instead of an empty list. */
  emptyText: string;
}

/** The top unanswered questions of the week, one line each, for a curator in chat. */
export interface ReviewSummary {
  language: Language;
  title: string;
  lines: string[];
  /** What to say instead of an empty list. */
  emptyText: string;
}

export type DigestResult =
  | { kind: 'subscribed'; audience: Audience; language: Language; subscription: Subscription; text: string }
  | { kind: 'unsubscribed'; audience: Audience; language: Language; existed: boolean; text: string }
  | { kind: 'preview'; audience: Audience; language: Language; digest: Digest; text: string }
  | { kind: 'status'; audience: Audience; language: Language; subscription: Subscription | undefined; text: string };

export type BriefingResult =
  | ({ kind: 'help'; audience: Audience } & Notice)
  | ({ kind: 'sources'; audience: Audience } & SourceList)
  | { kind: 'digest'; result: DigestResult }
  | ({ kind: 'review'; audience: Audience } & ReviewSummary);

