// The Slack adapter's boundary: what the composition root (adapters/root.ts) and `briefing serve` use.
export { startSlack, type SlackHandle, type SlackOptions } from './start-slack.js';
export { createSlackDigestTransport } from './slack-transport.js';
