// Who may run the admin-only commands (turning a channel's digest on or off, and later the curator's): the platform's
// own admins, as the surface tells, and the user ids listed in BRIEFING_ADMINS, on any platform.
import type { Origin } from './commands.js';

export class Admins {
  private readonly ids: ReadonlySet<string>;

  constructor(ids: Iterable<string> = []) {
    this.ids = new Set(ids);
  }

  /**
   * Whether the user who gave a command may run an admin-only one. `platformGrant`: what the platform says (a Slack
   * workspace admin or owner, a Discord member with Manage Channels); undefined where the surface cannot tell.
   */
  allow(origin: Origin, platformGrant: boolean | undefined): boolean {
    return platformGrant === true || (!!origin.userId && this.ids.has(origin.userId));
  }
}
