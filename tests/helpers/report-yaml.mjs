// Preloaded (node --import) by the table cache test: at exit, writes "yaml loaded" on stderr when the yaml parser was
// loaded, which a start served from the compiled table must not do (its package.json, read for the cache key, is not).
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

process.on('exit', () => {
  if (Object.keys(require.cache).some((path) => /[\\/]node_modules[\\/]yaml[\\/].*\.js$/.test(path))) process.stderr.write('yaml loaded\n');
});
