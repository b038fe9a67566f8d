#!/usr/bin/env node
// The report tests read the PDFs they produce with poppler's pdfinfo, pdftoppm and pdftotext
// (Debian's poppler-utils). Installs it with apt when it is missing and we run as root;
// otherwise says exactly what to do.
import { execSync, spawnSync } from 'node:child_process';

const has = (tool) => spawnSync('sh', ['-c', `command -v ${tool}`], { stdio: 'ignore' }).status === 0;
if (['pdfinfo', 'pdftoppm', 'pdftotext'].every(has)) process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (isRoot && has('apt-get')) {
  console.log("poppler-utils not found; installing Debian's poppler-utils package…");
  try {
    execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends poppler-utils', { stdio: 'inherit' });
    if (has('pdftoppm')) process.exit(0);
  } catch {
    // fall through to the instructions
  }
}
console.error('The report tests need poppler-utils (pdfinfo, pdftoppm, pdftotext). Install it as root with: apt-get install -y poppler-utils');
process.exit(1);
