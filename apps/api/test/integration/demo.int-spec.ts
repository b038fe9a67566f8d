import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_USERS, seedDemoData } from '../../src/database/seeds/demo-data.js';
import { AuditService } from '../../src/modules/audit/audit.service.js';
import { UsersService } from '../../src/modules/users/users.service.js';
import { startTestApp, type GqlClient, type TestApp } from '../utils/test-app.js';

let t: TestApp;
let dpo: GqlClient;
const PASSWORD = 'demo password for the test';

beforeAll(async () => {
  t = await startTestApp({}, { seedUsers: false });
  await seedDemoData(t.dataSource, t.clock, t.tilsyn.app.get(AuditService), t.tilsyn.app.get(UsersService), Object.fromEntries(DEMO_USERS.map((u) => [u.email, PASSWORD])));
  dpo = t.client();
  const res = await dpo.login('dpo@demo.tilsyn.example', PASSWORD);
  expect(res.body.errors).toBeUndefined();
});
afterAll(() => t.close());

describe('the demo register (what a newcomer sees after npm start)', () => {
  it('has a transfer in every state, with the reasons', async () => {
    const data = await dpo.ok<{ allTransfers: { importerName: string; destinationCountry: string; status: string; findingCodes: string[] }[] }>('{ allTransfers(perPage: 100) { importerName destinationCountry status findingCodes } }');
    const by = Object.fromEntries(data.allTransfers.map((x) => [x.destinationCountry, [x.status, x.findingCodes]]));
    expect(by).toEqual({
      CA: ['COMPLIANT', []],
      CH: ['COMPLIANT', []],
      GB: ['COMPLIANT', []],
      GL: ['AT_RISK', ['REVIEW_OVERDUE']],
      KR: ['NON_COMPLIANT', ['TIA_NOT_APPROVED']],
      // SCCs signed after the DPF lapse: a tool today, the weeks between listed as history; health data raises the risk.
      US: ['AT_RISK', ['SPECIAL_CATEGORY_DATA', 'PERIOD_WITHOUT_VALID_MECHANISM']],
    });
  });

  it('suggests the unrecorded remote access from India, rolled up to Fjordsoft through Pinewood, and paints the map', async () => {
    const data = await dpo.ok<{ suggestedTransfers: { importerName: string; exporterName: string; destinationCountry: string; findingCode: string }[]; transferMap: { country: string; worstStatus: string }[]; allProcessors: { name: string; compliance: { below: { code: string; pathNames: string[] }[] } }[] }>(
      '{ suggestedTransfers { importerName exporterName destinationCountry findingCode } transferMap { country worstStatus } allProcessors(filter: { q: "Fjordsoft" }) { name compliance { below { code pathNames } } } }',
    );
    expect(data.suggestedTransfers).toEqual([{ importerName: 'Lotus Support Services Pvt. Ltd.', exporterName: 'Pinewood Cloud Services Inc.', destinationCountry: 'IN', findingCode: 'ONWARD_TRANSFER_NO_TOOL' }]);
    expect(Object.fromEntries(data.transferMap.map((c) => [c.country, c.worstStatus]))).toEqual({ CA: 'COMPLIANT', CH: 'COMPLIANT', GB: 'COMPLIANT', GL: 'AT_RISK', IN: 'NON_COMPLIANT', KR: 'NON_COMPLIANT', US: 'AT_RISK' });
    expect(data.allProcessors[0].compliance.below).toContainEqual({ code: 'ONWARD_TRANSFER_NO_TOOL', pathNames: ['Fjordsoft ApS', 'Pinewood Cloud Services Inc.', 'Lotus Support Services Pvt. Ltd.'] });
  });
});
