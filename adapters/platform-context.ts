// What every platform adapter is started with: the application, the configuration and the logger; nothing else.
import type { Briefing } from '../src/app/Briefing.js';
import type { Config } from '../src/config/config.js';
import type { Logger } from '../src/model/logger.js';

export interface PlatformContext {
  briefing: Briefing;
  config: Config;
  logger: Logger;
}
