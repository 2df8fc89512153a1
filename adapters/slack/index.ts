// The Slack adapter's boundary: what the composition root (adapters/main.ts) and the scheduler use.
export { startSlack, EVENTS_PATH, HEALTH_PATH, type SlackHandle, type SlackOptions } from './start-slack.js';
export { createSlackTransport } from './slack-transport.js';
export { renderAnswer, type SlackMessage } from './render-answer.js';
export { renderDigest } from './render-digest.js';
