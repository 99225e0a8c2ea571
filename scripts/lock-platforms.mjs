#!/usr/bin/env node
// Records @ladybugdb/core's per-platform packages in package-lock.json.
//
// @ladybugdb/core lists prebuilt packages for five platforms as optional
// dependencies, but only some are published; `npm install` leaves the missing
// ones out of the lock, and `npm ci` then refuses the lock as out of sync.
// Listing each with its os/cpu makes npm skip it on other machines.
// Run after any `npm install` that rewrites the lock: `node scripts/lock-platforms.mjs`.
import { readFileSync, writeFileSync } from 'node:fs';

const file = new URL('../package-lock.json', import.meta.url);
const lock = JSON.parse(readFileSync(file, 'utf8'));
const core = lock.packages['node_modules/@ladybugdb/core'];
const platforms = { 'darwin-arm64': ['darwin', 'arm64'], 'darwin-x64': ['darwin', 'x64'], 'linux-arm64': ['linux', 'arm64'], 'linux-x64': ['linux', 'x64'], 'win32-x64': ['win32', 'x64'] };
const packages = {};
let added = 0;
for (const [key, value] of Object.entries(lock.packages)) {
  packages[key] = value;
  if (key !== 'node_modules/@ladybugdb/core') continue;
  for (const [name, version] of Object.entries(core.optionalDependencies ?? {})) {
    const at = `node_modules/${name}`;
    if (lock.packages[at]) continue;
    const [os, cpu] = platforms[name.replace('@ladybugdb/core-', '')] ?? [];
    if (!os) continue;
    packages[at] = { version, cpu: [cpu], license: 'MIT', optional: true, os: [os] };
    added++;
  }
}
lock.packages = packages;
writeFileSync(file, `${JSON.stringify(lock, null, 2)}\n`);
console.log(`package-lock.json: ${added} platform package(s) of @ladybugdb/core recorded`);
