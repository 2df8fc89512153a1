// Preloaded (node --import) by start-up tests: every host name fails to resolve, as on a machine with no network or
// DNS, without a single packet leaving it.
import dns from 'node:dns';

const enotfound = (host) => Object.assign(new Error(`getaddrinfo ENOTFOUND ${host}`), { code: 'ENOTFOUND', errno: -3008, syscall: 'getaddrinfo', hostname: host });

dns.lookup = (host, options, callback) => {
  const cb = typeof options === 'function' ? options : callback;
  process.nextTick(cb, enotfound(host));
};
dns.promises.lookup = async (host) => {
  throw enotfound(host);
};
