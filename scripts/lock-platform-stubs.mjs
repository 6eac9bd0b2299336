#!/usr/bin/env node
// The registry this project installs from serves only the linux-x64 builds of native packages
// (@swc/core-*, @unrs/resolver-binding-*): `npm install` then leaves the other platforms' optional
// packages out of package-lock.json, and `npm ci` refuses the lock as out of sync. This adds a
// lock entry for each missing optional platform package, with its os/cpu, so that `npm ci`
// accepts the lock and skips them on this platform, as it would anyway. Run after `npm install`.
import { readFileSync, writeFileSync } from 'node:fs';

const lock = JSON.parse(readFileSync('package-lock.json', 'utf8'));
const OS = ['darwin', 'linux', 'win32', 'android', 'freebsd', 'openharmony', 'sunos', 'aix', 'netbsd', 'openbsd'];
const CPU = { arm64: 'arm64', aarch64: 'arm64', x64: 'x64', ia32: 'ia32', arm: 'arm', ppc64: 'ppc64', s390x: 's390x', riscv64: 'riscv64', loong64: 'loong64', wasm32: 'wasm32' };
let added = 0;
for (const [path, entry] of Object.entries(lock.packages)) {
  for (const [name, version] of Object.entries(entry.optionalDependencies ?? {})) {
    const base = path === '' ? '' : `${path}/`;
    const candidates = [`${base}node_modules/${name}`, `node_modules/${name}`];
    if (candidates.some((c) => lock.packages[c])) continue;
    const parts = name.split('/').pop().split('-');
    const os = parts.find((p) => OS.includes(p));
    const cpu = parts.map((p) => CPU[p]).find(Boolean);
    if (!os && !cpu) continue; // not a platform package: leave it to npm
    const stub = { version, optional: true };
    if (os) stub.os = [os];
    if (cpu) stub.cpu = [cpu];
    if (parts.includes('gnu') || parts.includes('gnueabihf')) stub.libc = ['glibc'];
    if (parts.includes('musl') || parts.includes('musleabihf')) stub.libc = ['musl'];
    lock.packages[`node_modules/${name}`] = stub;
    added++;
  }
}
lock.packages = Object.fromEntries(Object.entries(lock.packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b))));
writeFileSync('package-lock.json', JSON.stringify(lock, null, 2) + '\n');
console.log(`added ${added} platform stub(s) to package-lock.json`);
