import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findUntraversableAncestor } from '../embedded-postgres.js';

describe('findUntraversableAncestor', () => {
  const base = fs.mkdtempSync(path.join(os.tmpdir(), 'tilsyn-perm-'));
  afterAll(() => fs.rmSync(base, { recursive: true, force: true }));
  const stranger = { uid: 4_000_001, gid: 4_000_001 };

  it('accepts a path every user may enter', () => {
    fs.chmodSync(base, 0o755);
    expect(findUntraversableAncestor(path.join(base, 'data', 'pg'), stranger)).toBeUndefined();
  });

  it('names the first directory the postgres user cannot enter', () => {
    const closed = path.join(base, 'home-0700');
    fs.mkdirSync(path.join(closed, 'project'), { recursive: true });
    fs.chmodSync(closed, 0o700);
    expect(findUntraversableAncestor(path.join(closed, 'project', '.data', 'pg'), stranger)).toBe(closed);
  });

  it('lets the owner in through the owner bits', () => {
    const own = path.join(base, 'owned');
    fs.mkdirSync(own);
    fs.chmodSync(own, 0o700);
    const me = { uid: fs.statSync(own).uid, gid: 4_000_002 };
    expect(findUntraversableAncestor(path.join(own, 'pg'), me)).toBeUndefined();
  });
});
