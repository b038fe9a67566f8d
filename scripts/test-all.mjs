#!/usr/bin/env node
// `npm test`: builds what the tests need, then runs every suite — unit (domain, api, admin),
// integration (api on real PostgreSQL) and e2e (Playwright in Debian's Chromium) — and ends
// with one plain line "N passed, N failed" summing them all. Exits non-zero on any failure.
//
//   node scripts/test-all.mjs                  all suites
//   node scripts/test-all.mjs --only integration --label pg15
//   TEST_SUMMARY_FILE=path                     also append {suite, passed, failed} lines there
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const outDir = path.join(root, 'test-results');
fs.mkdirSync(outDir, { recursive: true });
const args = process.argv.slice(2);
const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : undefined;
const label = args.includes('--label') ? args[args.indexOf('--label') + 1] : '';

/** The workspace's own binaries, run directly (npx inside `npm test` can miss them). */
const bin = (name) => path.join(root, 'node_modules', '.bin', name);

function run(command, commandArgs, options = {}) {
  const result = spawnSync(command, commandArgs, { cwd: root, stdio: 'inherit', env: { ...process.env, TURBO_TELEMETRY_DISABLED: '1', ...options.env }, ...options });
  return result.status ?? 1;
}

function vitestCounts(file) {
  if (!fs.existsSync(file)) return undefined;
  const report = JSON.parse(fs.readFileSync(file, 'utf8'));
  return { passed: report.numPassedTests, failed: report.numFailedTests + (report.numTotalTestSuites > 0 && report.success === false && report.numFailedTests === 0 ? 1 : 0) };
}

function playwrightCounts(file) {
  if (!fs.existsSync(file)) return undefined;
  const report = JSON.parse(fs.readFileSync(file, 'utf8'));
  const s = report.stats ?? {};
  return { passed: (s.expected ?? 0) + (s.flaky ?? 0), failed: (s.unexpected ?? 0) + (report.errors?.length ?? 0) };
}

const suites = [
  { name: 'unit:domain', kind: 'vitest', cwd: 'packages/domain', cmd: ['vitest', 'run'] },
  { name: 'unit:api', kind: 'vitest', cwd: 'apps/api', cmd: ['vitest', 'run', '--project', 'unit'] },
  { name: 'unit:admin', kind: 'vitest', cwd: 'apps/admin', cmd: ['vitest', 'run'] },
  { name: 'integration', kind: 'vitest', cwd: 'apps/api', cmd: ['vitest', 'run', '--project', 'integration'] },
  { name: 'simulation', kind: 'vitest', cwd: 'apps/api', cmd: ['vitest', 'run', '--project', 'simulation'] },
  { name: 'e2e', kind: 'playwright', cwd: 'e2e', cmd: ['playwright', 'test'] },
].filter((s) => !only || s.name === only || s.name.startsWith(`${only}:`));

const build = run(bin('turbo'), ['run', 'build', '--output-logs=errors-only']);
if (build !== 0) {
  console.log('\nbuild failed: no test ran');
  console.log('0 passed, 1 failed');
  process.exit(1);
}
if (suites.some((s) => s.name === 'integration' || s.name === 'unit:api' || s.kind === 'playwright')) {
  if (run('node', ['scripts/ensure-poppler.mjs']) !== 0) {
    console.log('0 passed, 1 failed');
    process.exit(1);
  }
}
if (suites.some((s) => s.kind === 'playwright')) {
  if (run('node', ['scripts/ensure-chromium.mjs']) !== 0) {
    console.log('0 passed, 1 failed');
    process.exit(1);
  }
}

let passed = 0;
let failed = 0;
const lines = [];
for (const suite of suites) {
  const name = label ? `${suite.name}@${label}` : suite.name;
  const report = path.join(outDir, `${name.replace(/[^a-z0-9@]+/gi, '-')}.json`);
  fs.rmSync(report, { force: true });
  console.log(`\n=== ${name} ===`);
  const extra = suite.kind === 'vitest' ? ['--reporter=default', '--reporter=json', `--outputFile=${report}`] : ['--reporter=list,json'];
  const [tool, ...toolArgs] = suite.cmd;
  const status = run(bin(tool), [...toolArgs, ...extra], {
    cwd: path.join(root, suite.cwd),
    env: suite.kind === 'playwright' ? { PLAYWRIGHT_JSON_OUTPUT_NAME: report } : {},
  });
  let counts = suite.kind === 'vitest' ? vitestCounts(report) : playwrightCounts(report);
  if (!counts) counts = { passed: 0, failed: 1 };
  if (status !== 0 && counts.failed === 0) counts.failed = 1; // the runner failed outside any test
  passed += counts.passed;
  failed += counts.failed;
  lines.push(`${name}: ${counts.passed} passed, ${counts.failed} failed`);
  if (process.env.TEST_SUMMARY_FILE) fs.appendFileSync(process.env.TEST_SUMMARY_FILE, JSON.stringify({ suite: name, ...counts }) + '\n');
}

console.log('\n' + lines.join('\n'));
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
