import { describe, expect, it } from 'vitest';
import { PROCESSOR_LIFECYCLES, ROLES, SERVICE_KINDS, ERROR_CODES, INPUT_REASONS } from '@tilsyn/domain';
import { da } from './da';
import { en } from './en';

type Tree = { [key: string]: Tree | string | undefined };

function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else if (value) for (const [k, v] of leaves(value, path)) out.set(k, v);
  }
  return out;
}

const daLeaves = leaves(da as Tree);
const enLeaves = leaves(en as Tree);

describe('translations', () => {
  it('Danish and English have exactly the same keys', () => {
    const onlyEn = [...enLeaves.keys()].filter((k) => !daLeaves.has(k));
    const onlyDa = [...daLeaves.keys()].filter((k) => !enLeaves.has(k));
    expect(onlyEn).toEqual([]);
    expect(onlyDa).toEqual([]);
  });

  it('no Danish value is an untranslated key path', () => {
    const untranslated = [...daLeaves].filter(([path, value]) => value === path || value.startsWith('ra.') || value.startsWith('tilsyn.'));
    expect(untranslated).toEqual([]);
  });

  it('no value is empty (except the blank label react-admin uses for boolean null)', () => {
    for (const map of [daLeaves, enLeaves]) {
      const empty = [...map].filter(([path, value]) => value.trim() === '' && path !== 'ra.boolean.null');
      expect(empty).toEqual([]);
    }
  });

  it('uses the same placeholders in both languages', () => {
    const placeholders = (s: string) => [...s.matchAll(/%\{(\w+)\}/g)].map((m) => m[1]).sort();
    const differing = [...enLeaves]
      .filter(([path, value]) => JSON.stringify(placeholders(value)) !== JSON.stringify(placeholders(daLeaves.get(path) ?? '')))
      .map(([path]) => path);
    expect(differing).toEqual([]);
  });

  it('keeps plural forms in both languages', () => {
    const plural = [...enLeaves].filter(([, v]) => v.includes('||||')).map(([k]) => k);
    for (const key of plural) expect(daLeaves.get(key), key).toContain('||||');
  });

  it('labels every enum value from @tilsyn/domain', () => {
    for (const map of [daLeaves, enLeaves]) {
      for (const role of ROLES) expect(map.has(`tilsyn.enums.role.${role}`)).toBe(true);
      for (const kind of SERVICE_KINDS) expect(map.has(`tilsyn.enums.serviceKind.${kind}`)).toBe(true);
      for (const lc of PROCESSOR_LIFECYCLES) expect(map.has(`tilsyn.enums.lifecycle.${lc}`)).toBe(true);
      for (const code of ERROR_CODES) expect(map.has(`tilsyn.errors.${code}`)).toBe(true);
      for (const reason of INPUT_REASONS) expect(map.has(`tilsyn.input_reasons.${reason}`)).toBe(true);
    }
  });

  it('has the Danish role names the agencies use', () => {
    expect(daLeaves.get('tilsyn.enums.role.ADMIN')).toBe('Administrator');
    expect(daLeaves.get('tilsyn.enums.role.VENDOR_MANAGER')).toBe('Leverandøransvarlig');
    expect(daLeaves.get('tilsyn.enums.role.REVIEWER')).toBe('Databeskyttelsesrådgiver (DPO)');
    expect(daLeaves.get('tilsyn.enums.role.AUDITOR')).toBe('Revisor (kun læse)');
  });

  it('turns the domain placeholders into polyglot ones', () => {
    expect(daLeaves.get('tilsyn.input_reasons.TOO_LONG')).toBe('%{field} er for lang (højst %{max} tegn).');
  });

  it('translates react-admin built-ins into Danish, not English', () => {
    const same = [...daLeaves]
      .filter(([path, value]) => path.startsWith('ra.') && value === enLeaves.get(path) && value.trim() !== '')
      .map(([path]) => path);
    // Strings that are the same word in both languages, or pure placeholders.
    const allowed = new Set(['ra.page.edit', 'ra.page.list', 'ra.page.show', 'ra.navigation.page_range_info', 'ra.auth.email']);
    expect(same.filter((p) => !allowed.has(p))).toEqual([]);
  });
});
