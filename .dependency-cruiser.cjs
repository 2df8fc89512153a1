// The layer rules of docs/architecture.md, checked by `npm run lint:deps` (and CI): arrows point down only.
//   adapters/ (composition root, Slack, Discord, console)  →  src/cli  →  src/app (+ src/store behind its port)
//   →  src/engine, src/facts, src/text  →  src/model
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'No import cycles, type-only ones included.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'core-knows-no-adapter',
      severity: 'error',
      comment: 'src/ is the core: it never imports the adapters (the composition root hands it what it needs).',
      from: { path: '^src/' },
      to: { path: '^adapters/' },
    },
    {
      name: 'core-knows-no-platform-sdk',
      severity: 'error',
      comment: 'No Slack or Discord SDK in src/: platform knowledge lives in adapters/.',
      from: { path: '^src/' },
      to: { path: 'node_modules/(@slack/|discord[.]js|@discordjs/|discord-api-types)' },
    },
    {
      name: 'model-is-the-bottom',
      severity: 'error',
      comment: 'src/model (answer types, errors, messages, dates, clock, logger port) imports nothing else of the project.',
      from: { path: '^src/model/' },
      to: { path: '^(src/(?!model/)|adapters/|bench/)' },
    },
    {
      name: 'text-and-facts-below-the-engine',
      severity: 'error',
      comment: 'src/text and src/facts sit on the model only.',
      from: { path: '^src/(text|facts)/' },
      to: { path: '^src/(engine|app|store|cli|config)/' },
    },
    {
      name: 'engine-below-the-application',
      severity: 'error',
      comment: 'The engine imports nothing from the application, the store, the CLI or the configuration.',
      from: { path: '^src/engine/' },
      to: { path: '^src/(app|store|cli|config)/' },
    },
    {
      name: 'application-below-the-cli',
      severity: 'error',
      comment: 'The application knows neither the command line, nor the configuration file, nor SQLite (only its store port).',
      from: { path: '^src/app/' },
      to: { path: '^src/(cli|config|store)/' },
    },
    {
      name: 'store-behind-its-port',
      severity: 'error',
      comment: 'The SQLite store implements the application\'s port and depends on nothing above it.',
      from: { path: '^src/store/' },
      to: { path: '^src/(engine|cli|config|facts)/|^src/app/(?!store-port[.]ts$)' },
    },
    {
      name: 'adapters-only-translate',
      severity: 'error',
      comment: 'Slack, Discord and the console reach the fact table, the engine and the store only through the application.',
      from: { path: '^adapters/(slack|discord|console)/' },
      to: { path: '^src/(store|engine|facts)/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    includeOnly: '^(src|adapters|bench|node_modules)/',
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default', 'types'] },
  },
};
