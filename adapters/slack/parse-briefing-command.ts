// Reads the text of `/briefing …` into the application's typed command: help, sources, review, or a DigestCommand (the
// same type Discord builds from its typed options).
import type { BriefingCommand, DigestCommand, Origin } from '../../src/app/commands.js';
import { UserError } from '../../src/model/errors.js';
import type { Language } from '../../src/model/language.js';
import { later } from '../../src/model/messages.js';

/**
 * `args` is the command text as the user typed it (decoded); `fallback`: the reply language when it names none. A
 * refusal here carries no language: the listener's error hook is given the same one (explicitLanguage ?? fallback).
 */
export function parseBriefingCommand(args: string, origin: Origin, fallback: Language): BriefingCommand {
  const language = explicitLanguage(args) ?? fallback;
  const [sub = '', ...rest] = args.trim().split(/\s+/);
  switch (sub.toLowerCase()) {
    case '':
    case 'help':
    case 'vi':
    case 'en':
      return { kind: 'help', origin, language };
    case 'sources':
      return { kind: 'sources', origin, language };
    case 'review':
      return { kind: 'review', origin, language };
    case 'digest':
      return { kind: 'digest', origin, language, digest: parseDigestArgs(rest) };
    default:
      throw new UserError('BadCommand', later('error.unknownCommand', { command: sub, help: origin.commands.help }), { args });
  }
}

/** A "vi" or "en" word in the command text chooses the reply language. */
export function explicitLanguage(args: string): Language | undefined {
  const m = /(?:^|\s)(vi|en)(?:\s|$)/i.exec(args);
  return m ? (m[1]!.toLowerCase() as Language) : undefined;
}

/**
 * `on [HH:MM] [vi|en] [Area/Zone]` (options in any order, each at most once), `off`, `preview`, or empty / `status`.
 * The values are checked by the application (a bad time or zone is refused there for every surface alike).
 */
export function parseDigestArgs(tokens: readonly string[]): DigestCommand {
  const [verb = 'status', ...options] = tokens.filter(Boolean);
  switch (verb.toLowerCase()) {
    case 'on':
      return { action: 'on', ...parseOnOptions(options) };
    case 'off':
    case 'preview':
    case 'status':
      if (options.length) throw badCommand({ extra: options.join(' ') });
      return { action: verb.toLowerCase() as 'off' | 'preview' | 'status' };
    default:
      throw badCommand({ verb });
  }
}

type OnOptions = Omit<Extract<DigestCommand, { action: 'on' }>, 'action'>;

/** Sorts the words after `on`: a time starts with a digit, a language is vi or en, a zone has a "/" (or is UTC/GMT). */
export function parseOnOptions(tokens: readonly string[]): OnOptions {
  const out: OnOptions = {};
  const once = (key: keyof OnOptions, token: string) => {
    if (out[key] !== undefined) throw badCommand({ duplicate: key, token });
  };
  for (const token of tokens) {
    if (/^\d/.test(token)) {
      once('time', token);
      out.time = token;
    } else if (/^(vi|en)$/i.test(token)) {
      once('language', token);
      out.language = token.toLowerCase() as Language;
    } else if (token.includes('/') || /^(utc|gmt)$/i.test(token)) {
      once('timezone', token);
      out.timezone = token;
    } else {
      throw badCommand({ token });
    }
  }
  return out;
}

const badCommand = (context: Record<string, unknown>): UserError => new UserError('BadCommand', later('error.badDigestCommand'), context);
