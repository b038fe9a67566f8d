import { describe, expect, it } from 'vitest';
import { da } from './da';
import { en } from './en';

type Tree = { [key: string]: Tree | string | undefined };

function has(tree: Tree, path: string): boolean {
  let node: Tree | string | undefined = tree;
  for (const part of path.split('.')) {
    if (typeof node !== 'object' || node === null) return false;
    node = node[part];
  }
  return typeof node === 'string';
}

/** The app's own source, as text (Vite's glob import; specs left out). */
const SOURCES = import.meta.glob(['../**/*.ts', '../**/*.tsx', '!../**/*.spec.ts'], { query: '?raw', import: 'default', eager: true }) as Record<string, string>;

/** Every complete key written in the code ('tilsyn.x.y', 'resources.X.fields.y'), not the ones built at run time. */
const KEY = /['"`]((?:tilsyn|resources)\.[A-Za-z0-9_.]+[A-Za-z0-9_])['"`]/g;

describe('translation keys used in the code', () => {
  const used = new Set<string>();
  for (const text of Object.values(SOURCES)) for (const match of text.matchAll(KEY)) used.add(match[1]);

  it('finds keys to check', () => {
    expect(used.size).toBeGreaterThan(100);
  });

  it('exist in Danish and English', () => {
    const missing = [...used].filter((key) => !has(da as Tree, key) || !has(en as Tree, key)).sort();
    expect(missing).toEqual([]);
  });
});
