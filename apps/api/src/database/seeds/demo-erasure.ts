import { randomUUID } from 'node:crypto';
import type { INestApplication } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { RequestMeta } from '../../common/actor.js';
import { ErasureService } from '../../modules/erasure/erasure.service.js';

/**
 * Demo erasure requests (issue 6), filed through the service as the demo DPO would, so identifiers
 * are sealed with the demo keyring exactly as in production. All people and numbers are invented:
 * the CPR numbers have real dates of birth (the format rule) but belong to nobody we know of.
 *  - one request from a debtor waiting for the DPO's decision, naming the UK agency that had the case;
 *  - three closed cases whose retention ran out, approved: their notices go out as one digest per
 *    processor to the demo mail sink, with working confirmation links;
 *  - one refused under Art. 17(3)(e): the claim is still enforceable.
 */
export async function seedDemoErasure(app: INestApplication): Promise<void> {
  const ds = app.get(DataSource);
  const [dpo] = (await ds.query(`SELECT id FROM app_user WHERE email = 'dpo@demo.tilsyn.example'`)) as { id: string }[];
  if (!dpo) return;
  const meta: RequestMeta = { actor: { type: 'USER', id: dpo.id, role: 'REVIEWER', name: 'Dorte DPO', mustChangePassword: false }, requestId: randomUUID(), locale: 'da' };
  await ds.query(`UPDATE organisation_settings SET organisation_name = 'Inkasso Danmark A/S (demo)' WHERE id = 1 AND organisation_name = ''`);
  // A partner reached by letter and phone: its notices are tasks for staff (MANUAL).
  await ds.query(`UPDATE processor SET erasure_channel = 'MANUAL' WHERE name = 'Kalaallit Inkasso ApS'`);
  const [thames] = (await ds.query(`SELECT id FROM processor WHERE name = 'Thames Debt Recovery Ltd'`)) as { id: string }[];
  const erasure = app.get(ErasureService);
  const received = await ds.query(`SELECT to_char((now() AT TIME ZONE 'Europe/Copenhagen')::date - 3, 'YYYY-MM-DD') AS d`);
  const receivedOn = (received as { d: string }[])[0].d;

  await erasure.file(meta, {
    source: 'DATA_SUBJECT_REQUEST',
    grounds: ['CONSENT_WITHDRAWN', 'OBJECTION'],
    dataSubjectCategory: 'DEBTORS',
    caseReference: 'INK-2026-0412',
    receivedOn,
    cpr: '120468-2836',
    name: 'Birthe Nielsen',
    email: 'birthe.nielsen@post.example',
    address: 'Solsikkevej 3, 7100 Vejle',
    caseRecipients: thames ? [{ processorId: thames.id, reference: 'TDR-55812' }] : [],
    idempotencyKey: 'demo-INK-2026-0412',
  });

  const batch = await erasure.fileMany(meta, [
    { source: 'RETENTION_EXPIRY', caseReference: 'INK-2019-1187', receivedOn, cpr: '030375-1457', name: 'Henrik Mortensen', dataSubjectCategory: 'DEBTORS', idempotencyKey: 'demo-INK-2019-1187' },
    { source: 'RETENTION_EXPIRY', caseReference: 'INK-2019-1203', receivedOn, cpr: '281182-2204', name: 'Susanne Berg', dataSubjectCategory: 'DEBTORS', idempotencyKey: 'demo-INK-2019-1203' },
    { source: 'RETENTION_EXPIRY', caseReference: 'INK-2019-1219', receivedOn, cpr: '090961-3119', name: 'Ole Rasmussen', dataSubjectCategory: 'GUARANTORS', idempotencyKey: 'demo-INK-2019-1219' },
  ]);
  await erasure.approveMany(meta, batch.ids, 'Forældelsesfrist og bogføringsperiode udløbet (sagerne lukket 2019).');

  const refused = await erasure.file(meta, {
    source: 'DATA_SUBJECT_REQUEST',
    grounds: ['OBJECTION'],
    dataSubjectCategory: 'DEBTORS',
    caseReference: 'INK-2025-0977',
    receivedOn,
    cpr: '170790-1672',
    name: 'Mads Kristensen',
    idempotencyKey: 'demo-INK-2025-0977',
  });
  await erasure.decide(meta, {
    id: refused.id,
    version: refused.version,
    decision: 'REFUSE',
    refusalBasis: 'LEGAL_CLAIMS',
    reasoning: 'Fordringen er ikke forældet, og der er en verserende fogedsag; oplysningerne er nødvendige for at forsvare et retskrav (art. 17, stk. 3, litra e).',
  });
}
