#!/usr/bin/env node
// Playwright drives Debian's Chromium (never a downloaded browser). Installs it with apt when it
// is missing and we run as root; otherwise says exactly what to do.
import { execSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';

const executable = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (fs.existsSync(executable)) process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
if (isRoot && hasApt) {
  console.log(`Chromium not found at ${executable}; installing Debian's chromium package…`);
  try {
    execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium', { stdio: 'inherit' });
  } catch {
    console.error('Installing chromium with apt-get failed. Install it by hand: apt-get install chromium');
    process.exit(1);
  }
  if (fs.existsSync(executable)) process.exit(0);
}
console.error(
  `The end-to-end tests need Chromium at ${executable}.\n` +
    `Install it as root with: apt-get install -y chromium (Debian/Ubuntu), or set CHROMIUM_PATH to a Chromium binary.`,
);
process.exit(1);
