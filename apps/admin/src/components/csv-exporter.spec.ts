import { describe, expect, it } from 'vitest';
import { recordsToCsv } from './csv-exporter';

describe('recordsToCsv', () => {
  it.each([
    ['=HYPERLINK("http://evil.example","x")', `"'=HYPERLINK(""http://evil.example"",""x"")"`],
    ['+45 12345678', "'+45 12345678"],
    ['-1+1', "'-1+1"],
    ['@SUM(1)', "'@SUM(1)"],
    ['\tTab', "'\tTab"],
    ['Kvist Print & Kuvertering ApS', 'Kvist Print & Kuvertering ApS'],
    ['Bogføring; årsregnskab', '"Bogføring; årsregnskab"'],
  ])('%j → %s', (name, cell) => {
    const csv = recordsToCsv([{ id: 1, name }]);
    expect(csv.split('\r\n')[1]).toBe(`1;${cell}`);
  });

  it('starts with a BOM, keeps Danish letters, flattens one level and joins lists', () => {
    const csv = recordsToCsv([{ id: 'a', name: 'Grønland ÆØÅ', dataCategories: ['CPR', 'HEALTH'], compliance: { status: 'AT_RISK' }, __typename: 'Processor' }, { id: 'b', extra: -3 }]);
    expect(csv.startsWith('\ufeffid;name;dataCategories;compliance.status;extra\r\n')).toBe(true);
    expect(csv).toContain('a;Grønland ÆØÅ;CPR, HEALTH;AT_RISK;\r\n');
    expect(csv).toContain('b;;;;-3\r\n');
  });
});
