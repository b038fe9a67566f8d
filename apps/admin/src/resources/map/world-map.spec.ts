import { describe, expect, it } from 'vitest';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import atlas from 'world-atlas/countries-110m.json';
import { alpha2ForShape, fillForStatus, LAND_FILL, STATUS_FILL, undrawnDestinations } from './world-map';

describe('fillForStatus', () => {
  it('colours a destination by the worst status of its transfers', () => {
    expect(fillForStatus('NON_COMPLIANT')).toBe(STATUS_FILL.NON_COMPLIANT);
    expect(fillForStatus('AT_RISK')).toBe(STATUS_FILL.AT_RISK);
    expect(fillForStatus('COMPLIANT')).toBe(STATUS_FILL.COMPLIANT);
    expect(new Set(Object.values(STATUS_FILL)).size).toBe(4);
  });

  it('leaves other land grey', () => {
    expect(fillForStatus(undefined)).toBe(LAND_FILL);
    expect(fillForStatus('SOMETHING_ELSE')).toBe(LAND_FILL);
  });
});

describe('alpha2ForShape', () => {
  it.each([
    ['840', 'US'],
    ['356', 'IN'],
    ['36', 'AU'],
    ['036', 'AU'],
    [208, 'DK'],
    ['304', 'GL'],
  ])('%s → %s', (id, code) => {
    expect(alpha2ForShape(id)).toBe(code);
  });

  it('names Kosovo, which has no numeric code, and gives up on the rest', () => {
    expect(alpha2ForShape(undefined, 'Kosovo')).toBe('XK');
    expect(alpha2ForShape(undefined, 'Somaliland')).toBeNull();
    expect(alpha2ForShape('999')).toBeNull();
  });

  it('maps the shapes of world-atlas 1:110m to codes (all but the disputed ones)', () => {
    const topology = atlas as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
    const shapes = feature(topology, topology.objects.countries).features;
    const codes = shapes.map((f) => alpha2ForShape(f.id, f.properties?.name));
    expect(codes.filter((c) => c === null).length).toBeLessThanOrEqual(2);
    expect(codes).toEqual(expect.arrayContaining(['US', 'IN', 'GB', 'CH', 'DK', 'NO', 'XK']));
    expect(codes).not.toContain('SG');
  });
});

describe('undrawnDestinations', () => {
  it('lists what the map cannot show', () => {
    const drawn = new Set(['US', 'IN']);
    expect(undrawnDestinations([{ country: 'US' }, { country: 'SG' }, { country: 'HK' }], drawn)).toEqual([{ country: 'SG' }, { country: 'HK' }]);
  });
});
