// Registry mirrors here serve only the linux-x64 builds of packages with per-platform binaries, so
// `npm install` cannot record the other platforms' optional packages and `npm ci` then refuses the lock
// as out of sync. This adds each missing platform package to package-lock.json with its os/cpu, which
// is what a lock made against the full registry holds; npm ci skips them on other platforms.
// Run after `npm install`: node scripts/dev/lock-platform-stubs.mjs
import { readFileSync, writeFileSync } from 'node:fs';

const lock = JSON.parse(readFileSync('package-lock.json', 'utf8'));
const OS = {
  android: 'android',
  darwin: 'darwin',
  linux: 'linux',
  win32: 'win32',
  windows: 'win32',
  freebsd: 'freebsd',
  wasm32: null,
};
const CPU = ['arm64', 'x64', 'ia32', 'arm', 'wasm32', 'riscv64', 's390x', 'ppc64'];
let added = 0;
for (const [key, entry] of Object.entries(lock.packages)) {
  for (const [name, version] of Object.entries(entry.optionalDependencies ?? {})) {
    const base = key.includes('node_modules/') ? key.slice(0, key.lastIndexOf('node_modules/')) : '';
    if (lock.packages[`${base}node_modules/${name}`] || lock.packages[`node_modules/${name}`]) continue;
    const parts = name.split('/').pop().split('-');
    const os = parts.map((p) => OS[p]).find((v) => v !== undefined);
    const cpu = parts.find((p) => CPU.includes(p));
    if (!cpu) continue; // not a platform package: leave it to npm
    const stub = { version, dev: entry.dev, optional: true, cpu: [cpu] };
    if (os) stub.os = [os];
    if (name.endsWith('-musl')) stub.libc = ['musl'];
    if (name.endsWith('-gnu')) stub.libc = ['glibc'];
    lock.packages[`node_modules/${name}`] = stub;
    added++;
  }
}
lock.packages = Object.fromEntries(
  Object.entries(lock.packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b))),
);
writeFileSync('package-lock.json', `${JSON.stringify(lock, null, 2)}\n`);
console.log(`lock-platform-stubs: ${added} platform packages recorded`);
