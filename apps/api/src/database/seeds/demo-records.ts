import { addDays, type DataCategory, type DataSubjectCategory, type IsoDate, type RetentionTrigger, type RetentionUnit } from '@tilsyn/domain';
import type { EntityManager } from 'typeorm';
import type { RequestMeta } from '../../common/actor.js';
import type { AuditService } from '../../modules/audit/audit.service.js';
import { ClientEngagementEntity, ProcessingActivityEntity, RetentionRuleEntity } from '../../modules/records/records.entities.js';

interface DemoActivity {
  name: string;
  purposes: string;
  legalBasis: string;
  dataSubjectCategories: DataSubjectCategory[];
  dataCategories: DataCategory[];
  processors: string[];
  otherRecipients?: string;
  securityMeasures?: string;
  /** Days before today the activity entered the record. */
  sinceDaysAgo: number;
  retention: { label: string; dataCategories: DataCategory[]; period: number; unit: RetentionUnit; trigger: RetentionTrigger; legalReference: string }[];
}

/**
 * The records of processing of the invented agency, with the content Danish collection agencies'
 * published privacy policies typically give (legal-facts §3.3, [S51]): collection, bookkeeping,
 * call recording, credit reporting and the web site. Editable by the administrator and the DPO.
 */
const DEMO_ACTIVITIES: DemoActivity[] = [
  {
    name: 'Inddrivelse af fordringer',
    purposes: 'Inddrivelse af forfaldne fordringer på vegne af klienter: påkrav, rykkere, betalingsaftaler, retslig inkasso og udlæg.',
    legalBasis: 'Art. 6, stk. 1, litra f (klientens og vores legitime interesse i at inddrive fordringen); art. 9, stk. 2, litra f, for helbredsoplysninger i sager om retskrav; databeskyttelseslovens § 11, stk. 2, nr. 3, for CPR-nummeret.',
    dataSubjectCategories: ['DEBTORS', 'GUARANTORS', 'DEBTOR_REPRESENTATIVES'],
    dataCategories: ['IDENTITY', 'CONTACT', 'CPR', 'DEBT', 'FINANCIAL', 'EMPLOYMENT', 'SOCIAL', 'HEALTH'],
    processors: ['Fjordsoft ApS', 'Kvist Print & Kuvertering ApS', 'BetalNu A/S', 'Baltic Collect UAB', 'Inkasso Nord AS', 'Forderungsdienst Hansa GmbH', 'Thames Debt Recovery Ltd', 'Maple Recovery Ltd.', 'Kalaallit Inkasso ApS', 'Strandvejens Advokatfirma I/S'],
    otherRecipients: 'Fogedretten og domstolene, Gældsstyrelsen, klienten (kreditor), skyldners advokat eller værge.',
    securityMeasures: 'Adgang til sager efter rolle; CPR-numre krypteret i sagssystemet; fuld logning af opslag.',
    sinceDaysAgo: 1100,
    retention: [
      { label: 'Sagsdata', dataCategories: ['IDENTITY', 'CONTACT', 'DEBT', 'FINANCIAL', 'EMPLOYMENT'], period: 5, unit: 'YEARS', trigger: 'CASE_CLOSED', legalReference: 'Forældelseslovens §§ 3 og 5; egen politik (5 år efter afslutning)' },
      { label: 'CPR-nummer', dataCategories: ['CPR'], period: 5, unit: 'YEARS', trigger: 'CASE_CLOSED', legalReference: 'Databeskyttelseslovens § 11; slettes med sagen' },
      { label: 'Helbreds- og sociale oplysninger', dataCategories: ['HEALTH', 'SOCIAL'], period: 1, unit: 'YEARS', trigger: 'CASE_CLOSED', legalReference: 'Art. 5, stk. 1, litra e (kun så længe sagen kræver det)' },
    ],
  },
  {
    name: 'Bogføring og regnskab',
    purposes: 'Bogføring af indbetalinger og afregning til klienter; årsregnskab og revision.',
    legalBasis: 'Art. 6, stk. 1, litra c (bogføringsloven).',
    dataSubjectCategories: ['DEBTORS', 'CLIENT_CONTACTS'],
    dataCategories: ['IDENTITY', 'FINANCIAL'],
    processors: ['Fjordsoft ApS', 'Nordlys Hosting A/S'],
    sinceDaysAgo: 1100,
    retention: [{ label: 'Bogføringsbilag', dataCategories: ['IDENTITY', 'FINANCIAL'], period: 5, unit: 'YEARS', trigger: 'FINANCIAL_YEAR_END', legalReference: 'Bogføringsloven (2022): 5 år fra udgangen af regnskabsåret' }],
  },
  {
    name: 'Optagelse af telefonsamtaler',
    purposes: 'Dokumentation af aftaler indgået pr. telefon og oplæring af medarbejdere.',
    legalBasis: 'Art. 6, stk. 1, litra f; de registrerede oplyses om optagelsen ved opkaldets start.',
    dataSubjectCategories: ['DEBTORS', 'EMPLOYEES'],
    dataCategories: ['IDENTITY', 'CONTACT', 'CALL_RECORDINGS'],
    processors: ['Telefonhuset Nord ApS'],
    sinceDaysAgo: 900,
    retention: [{ label: 'Samtaleoptagelser', dataCategories: ['CALL_RECORDINGS'], period: 30, unit: 'DAYS', trigger: 'RECORDED', legalReference: 'Egen politik' }],
  },
  {
    name: 'Indberetning til kreditoplysningsbureau',
    purposes: 'Indberetning af misligholdte fordringer over 1.000 kr. til register over dårlige betalere.',
    legalBasis: 'Art. 6, stk. 1, litra f; databeskyttelseslovens § 20 og § 11, stk. 2, nr. 1.',
    dataSubjectCategories: ['DEBTORS'],
    dataCategories: ['IDENTITY', 'CPR', 'DEBT'],
    processors: ['Debitor Data Danmark A/S'],
    otherRecipients: 'Kreditoplysningsbureauet er selvstændig dataansvarlig for registeret.',
    sinceDaysAgo: 60,
    retention: [{ label: 'Indberetninger', dataCategories: ['IDENTITY', 'CPR', 'DEBT'], period: 5, unit: 'YEARS', trigger: 'RECORDED', legalReference: 'Databeskyttelseslovens § 22 (højst 5 år)' }],
  },
  {
    name: 'Hjemmeside og selvbetjening',
    purposes: 'Betaling og kontakt via hjemmesiden; statistik om besøg.',
    legalBasis: 'Art. 6, stk. 1, litra b og f; samtykke til statistikcookies (cookiebekendtgørelsen).',
    dataSubjectCategories: ['DEBTORS', 'WEBSITE_VISITORS'],
    dataCategories: ['IDENTITY', 'CONTACT', 'ONLINE_IDENTIFIERS'],
    processors: ['Nordlys Hosting A/S', 'BetalNu A/S'],
    sinceDaysAgo: 700,
    retention: [{ label: 'Statistikcookies', dataCategories: ['ONLINE_IDENTIFIERS'], period: 13, unit: 'MONTHS', trigger: 'LAST_VISIT', legalReference: 'Egen politik' }],
  },
];

/**
 * Loads the agency's Art. 30 details, its processing activities and one client it serves as
 * processor (invoice handling: legal-facts §3.1, the Collectia example). Audited as SYSTEM.
 */
export async function seedDemoRecords(em: EntityManager, audit: AuditService, today: IsoDate, processorIds: ReadonlyMap<string, string>): Promise<void> {
  const meta: Pick<RequestMeta, 'actor' | 'requestId'> = { actor: undefined, requestId: '' };
  const now = new Date();
  await em.query(
    `UPDATE organisation_settings SET organisation_name = CASE WHEN organisation_name = '' THEN 'Inkasso Danmark A/S (demo)' ELSE organisation_name END,
            organisation_registration_number = '12345678', organisation_address = 'Søndergade 1, 8000 Aarhus C',
            organisation_email = 'persondata@inkasso-danmark.example', organisation_phone = '+45 70 00 00 00',
            dpo_name = 'Dorte DPO', dpo_email = 'dpo@inkasso-danmark.example', dpo_phone = '+45 70 00 00 01',
            joint_controllers = '', security_measures = $1, version = version + 1
      WHERE id = 1`,
    [
      'Adgangsstyring efter rolle og to-faktor-login; kryptering under transport (TLS 1.2+) og i hvile; logning af opslag i sager; daglig backup med krypteret kopi; årlig risikovurdering og awareness-træning; databehandleraftaler og tilsyn med databehandlere.',
    ],
  );
  for (const a of DEMO_ACTIVITIES) {
    const saved = await em.save(
      em.create(ProcessingActivityEntity, {
        name: a.name,
        purposes: a.purposes,
        legalBasis: a.legalBasis,
        dataSubjectCategories: a.dataSubjectCategories,
        dataCategories: a.dataCategories,
        processorIds: a.processors.map((n) => processorIds.get(n)).filter((id): id is string => !!id),
        otherRecipients: a.otherRecipients ?? null,
        securityMeasures: a.securityMeasures ?? null,
        notes: null,
        endedOn: null,
        version: 1,
        createdAt: now,
        updatedAt: now,
      }),
    );
    for (const r of a.retention) await em.insert(RetentionRuleEntity, { activityId: saved.id, ...r, version: 1, createdAt: now, updatedAt: now });
    await audit.record(em, meta, { action: 'demo.seed_processing_activity', entityType: 'ProcessingActivity', entityId: saved.id, details: null }, 'SYSTEM');
    await backdate(em, 'processing_activity', saved.id, addDays(today, -a.sinceDaysAgo));
    await em.query(`UPDATE register_history SET recorded_at = $2::date FROM retention_rule r WHERE register_history.table_name = 'retention_rule' AND register_history.row_id = r.id::text AND r.activity_id = $1`, [saved.id, addDays(today, -a.sinceDaysAgo)]);
  }
  const client = await em.save(
    em.create(ClientEngagementEntity, {
      clientName: 'Vestkyst Forsyning A/S (demo)',
      clientRegistrationNumber: '87654321',
      clientContact: 'Havnevej 2, 6700 Esbjerg; kundeservice@vestkyst-forsyning.example',
      clientDpoContact: 'dpo@vestkyst-forsyning.example',
      processingCategories: 'Fakturahåndtering og rykkerservice før inkasso: udsendelse af fakturaer og rykkere, registrering af indbetalinger.',
      dataSubjectCategories: ['DEBTORS'],
      dataCategories: ['IDENTITY', 'CONTACT', 'FINANCIAL'],
      processorIds: ['Fjordsoft ApS', 'Kvist Print & Kuvertering ApS'].map((n) => processorIds.get(n)).filter((id): id is string => !!id),
      transfersNote: null,
      securityMeasures: null,
      agreementReference: 'Databehandleraftale af 1. februar 2025 (Datatilsynets standardkontrakt)',
      startedOn: addDays(today, -300),
      endedOn: null,
      version: 1,
      createdAt: now,
      updatedAt: now,
    }),
  );
  await audit.record(em, meta, { action: 'demo.seed_client_engagement', entityType: 'ClientEngagement', entityId: client.id, details: null }, 'SYSTEM');
  await backdate(em, 'client_engagement', client.id, addDays(today, -300));
}

async function backdate(em: EntityManager, table: string, rowId: string, day: IsoDate): Promise<void> {
  await em.query(`UPDATE register_history SET recorded_at = $3::date WHERE table_name = $1 AND row_id = $2`, [table, rowId, day]);
}

/**
 * The demo's register was loaded today, but it describes years of history. So that the as-of
 * reports of a past day show what a real register would have said then, each seeded row's first
 * version is dated by its own business dates (engagement start, signing, start of a transfer …),
 * reference data five years back, and two changes are written as they happened:
 *  - the US cloud's transfer relied on the EU-US Data Privacy Framework until its certification
 *    lapsed; the SCCs were signed 45 days ago (before that day the register shows ADEQUACY);
 *  - the call recordings were kept 90 days until the policy was cut to 30 days 120 days ago.
 * Only the demo does this: a real installation's history starts when its rows are written.
 */
export async function backdateDemoHistory(em: EntityManager, today: IsoDate): Promise<void> {
  const fiveYears = addDays(today, -1826);
  const earliest = addDays(today, -1100);
  await em.query(`UPDATE register_history SET recorded_at = $1::date WHERE table_name IN ('country', 'adequacy_decision', 'organisation_settings', 'supervision_cadence')`, [fiveYears]);
  await em.query(
    `UPDATE register_history h SET recorded_at = greatest(coalesce(p.engagement_start, $1::date), $2::date)
       FROM processor p WHERE h.table_name = 'processor' AND h.row_id = p.id::text`,
    [earliest, fiveYears],
  );
  await em.query(
    `UPDATE register_history h SET recorded_at = coalesce(p.engagement_start, $1::date)
       FROM processing_location l JOIN processor p ON p.id = l.processor_id WHERE h.table_name = 'processing_location' AND h.row_id = l.id::text`,
    [earliest],
  );
  await em.query(
    `UPDATE register_history h SET recorded_at = coalesce(least(l.notified_on, l.approved_on, l.first_used_on), $1::date)
       FROM subprocessor_link l WHERE h.table_name = 'subprocessor_link' AND h.row_id = l.id::text`,
    [today],
  );
  await em.query(
    `UPDATE register_history h SET recorded_at = coalesce(a.signed_on, $1::date - 7)
       FROM agreement a WHERE h.table_name IN ('agreement') AND h.row_id = a.id::text`,
    [today],
  );
  await em.query(
    `UPDATE register_history h SET recorded_at = coalesce(a.signed_on, $1::date - 7)
       FROM agreement a WHERE h.table_name = 'agreement_clause' AND split_part(h.row_id, '|', 1) = a.id::text`,
    [today],
  );
  await em.query(
    `UPDATE register_history h SET recorded_at = coalesce(t.started_on, $1::date)
       FROM transfer t WHERE h.table_name = 'transfer' AND h.row_id = t.id::text`,
    [today],
  );
  await em.query(
    `UPDATE register_history h SET recorded_at = coalesce(t.approved_on, $1::date - 3)
       FROM tia t WHERE h.table_name = 'tia' AND h.row_id = t.id::text`,
    [today],
  );
  await em.query(
    `UPDATE register_history h SET recorded_at = coalesce(t.approved_on, $1::date - 3)
       FROM tia t WHERE h.table_name = 'tia_transfer' AND split_part(h.row_id, '|', 1) = t.id::text`,
    [today],
  );
  await em.query(`UPDATE register_history h SET recorded_at = r.created_on FROM review r WHERE h.table_name = 'review' AND h.row_id = r.id::text`);
  // The US cloud: ADEQUACY (Data Privacy Framework) from the start, SCCs from the day they were signed.
  await em.query(
    `INSERT INTO register_history (table_name, row_id, operation, row_data, recorded_at)
     SELECT 'transfer', t.id::text, 'I', to_jsonb(t) || jsonb_build_object('mechanism', 'ADEQUACY', 'scc_module', NULL, 'scc_signed_on', NULL), t.started_on
       FROM transfer t JOIN processor p ON p.id = t.importer_processor_id
      WHERE p.name = 'Pinewood Cloud Services Inc.' AND t.scc_signed_on IS NOT NULL`,
  );
  await em.query(
    `UPDATE register_history h SET recorded_at = t.scc_signed_on, operation = 'U'
       FROM transfer t JOIN processor p ON p.id = t.importer_processor_id
      WHERE h.table_name = 'transfer' AND h.row_id = t.id::text AND h.operation = 'I' AND h.row_data ->> 'mechanism' = 'SCC' AND p.name = 'Pinewood Cloud Services Inc.'`,
  );
  // Call recordings: 90 days until the policy changed 120 days ago.
  await em.query(
    `INSERT INTO register_history (table_name, row_id, operation, row_data, recorded_at)
     SELECT 'retention_rule', r.id::text, 'I', to_jsonb(r) || jsonb_build_object('period', 90), h.recorded_at
       FROM retention_rule r JOIN register_history h ON h.table_name = 'retention_rule' AND h.row_id = r.id::text
      WHERE r.label = 'Samtaleoptagelser'`,
  );
  await em.query(
    `UPDATE register_history h SET recorded_at = $1::date, operation = 'U'
       FROM retention_rule r WHERE h.table_name = 'retention_rule' AND h.row_id = r.id::text AND r.label = 'Samtaleoptagelser' AND (h.row_data ->> 'period')::int = 30`,
    [addDays(today, -120)],
  );
}
