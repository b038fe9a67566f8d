import { describe, expect, it } from 'vitest';
import { Keyring, KeyringError } from '../keyring.js';

const CPR = '010170-1234';
const ctx = 'erasure_request.identifiers:6f1c1d1e-0000-4000-8000-000000000001';

describe('Keyring', () => {
  const file = Keyring.generate();
  const ring = new Keyring(file);

  it('seals and opens; the sealed text shows neither the value nor its length in clear', () => {
    const sealed = ring.seal(CPR, ctx);
    expect(sealed).toMatch(/^v1\./);
    expect(sealed).not.toContain('0101701234');
    expect(sealed).not.toContain('010170');
    expect(ring.open(sealed, ctx)).toBe(CPR);
    // A fresh IV each time: the same value never seals the same way twice.
    expect(ring.seal(CPR, ctx)).not.toBe(sealed);
  });

  it.each<[string, (s: string) => string, string]>([
    ['a changed byte', (s) => s.slice(0, -2) + (s.endsWith('AA') ? 'BB' : 'AA'), ctx],
    ['another row', (s) => s, 'erasure_request.identifiers:6f1c1d1e-0000-4000-8000-000000000002'],
    ['an unknown key version', (s) => s.replace(/^v1\./, 'v9.'), ctx],
    ['garbage', () => 'not sealed', ctx],
  ])('refuses to open %s', (_, change, context) => {
    expect(() => ring.open(change(ring.seal(CPR, ctx)), context)).toThrow(KeyringError);
  });

  it('after a rotation new values use the new key, old ones still open and can be found to re-encrypt', () => {
    const old = ring.seal(CPR, ctx);
    const rotated = new Keyring(Keyring.rotate(file, 'encryption'));
    const fresh = rotated.seal(CPR, ctx);
    expect(Keyring.versionOf(fresh)).toBe(2);
    expect(Keyring.versionOf(old)).toBe(1);
    expect(rotated.open(old, ctx)).toBe(CPR);
    expect(rotated.open(fresh, ctx)).toBe(CPR);
  });

  it('blind indexes are stable per kind, differ between kinds and keys, and still match after a lookup-key rotation', () => {
    const h = ring.lookupHash('cpr', '0101701234');
    expect(h).toMatch(/^1:[0-9a-f]{64}$/);
    expect(ring.lookupHash('cpr', '0101701234')).toBe(h);
    expect(ring.lookupHash('email', '0101701234')).not.toBe(h);
    expect(new Keyring(Keyring.generate()).lookupHash('cpr', '0101701234')).not.toBe(h);
    const rotated = new Keyring(Keyring.rotate(file, 'lookup'));
    expect(rotated.lookupHash('cpr', '0101701234')).toMatch(/^2:/);
    expect(rotated.lookupHashes('cpr', '0101701234')).toContain(h);
  });

  it.each<[string, unknown, RegExp]>([
    ['not JSON', 'nope', /not valid JSON/],
    ['no lookup part', JSON.stringify({ encryption: Keyring.generate().encryption }), /"lookup" must have/],
    ['a short key', JSON.stringify({ ...Keyring.generate(), encryption: { current: 1, keys: { '1': 'c2hvcnQ=' } } }), /"encryption.keys.1" must be 32 bytes/],
    ['a current version without a key', JSON.stringify({ ...Keyring.generate(), lookup: { current: 3, keys: Keyring.generate().lookup.keys } }), /"lookup.current" \(3\) names no key/],
  ])('a keyring file with %s is refused, naming what is wrong', (_, text, message) => {
    expect(() => Keyring.parse(String(text))).toThrow(message);
  });
});

describe('loadKeyring', () => {
  it('creates keyring.json in the data directory once (0600), then reads it back; a configured file must exist', async () => {
    const { mkdtempSync, statSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const path = await import('node:path');
    const { loadKeyring } = await import('../keyring.js');
    const dataDir = mkdtempSync(path.join(tmpdir(), 'tilsyn-keyring-'));
    const created: string[] = [];
    const first = loadKeyring({ dataDir }, (f) => created.push(f));
    const again = loadKeyring({ dataDir }, (f) => created.push(f));
    expect(created).toEqual([path.join(dataDir, 'keyring.json')]);
    expect(statSync(created[0]).mode & 0o777).toBe(0o600);
    expect(again.open(first.seal('x', 'c'), 'c')).toBe('x');
    expect(() => loadKeyring({ dataDir, keyringFile: path.join(dataDir, 'missing.json') })).toThrow(/does not exist/);
    expect(loadKeyring({ dataDir: '/nonexistent', keyringJson: JSON.stringify(Keyring.generate()) }).encryptionVersion).toBe(1);
  });
});
