import { seedDemoReviews } from './demo-reviews.js';
import { backdateDemoHistory, seedDemoRecords } from './demo-records.js';
import { randomUUID } from 'node:crypto';
import { addDays, copenhagenDate, countryName, DPA_GAP_CODES, type AgreementTemplate, type DataCategory, type DpaGapCode, type LocationKind, type ProcessorLifecycle, type Role, type ServiceKind } from '@tilsyn/domain';
import type { DataSource } from 'typeorm';
import type { Clock } from '@tilsyn/domain';
import { AuditService, diff } from '../../modules/audit/audit.service.js';
import { AgreementClauseEntity, AgreementEntity } from '../../modules/agreements/agreement.entity.js';
import { ProcessingLocationEntity } from '../../modules/processors/processing-location.entity.js';
import { ProcessorEntity } from '../../modules/processors/processor.entity.js';
import { SubprocessorLinkEntity } from '../../modules/subprocessors/subprocessor-link.entity.js';
import { PROCESSOR_AUDITED_FIELDS } from '../../modules/processors/processor.mapper.js';
import { UserEntity } from '../../modules/users/user.entity.js';
import { TiaEntity, TiaTransferEntity, TransferEntity, type GuaranteeRatingValue } from '../../modules/transfers/transfer.entities.js';
import type { UsersService } from '../../modules/users/users.service.js';

type DemoProcessor = Pick<ProcessorEntity, 'name' | 'registrationNumber' | 'establishmentCountry' | 'privacyContactName' | 'privacyContactEmail' | 'website' | 'notes'> & {
  serviceKind: ServiceKind;
  lifecycle: ProcessorLifecycle;
  address?: string;
};

/**
 * The register of an invented Danish debt-collection agency: Danish suppliers, collection partners
 * in the EEA and beyond, clouds and support desks in third countries. Every company, person and
 * address is made up; web and mail domains use the reserved `.example` top-level domain.
 */
export const DEMO_PROCESSORS: DemoProcessor[] = [
  { name: 'Nordlys Hosting A/S', registrationNumber: '38571234', establishmentCountry: 'DK', serviceKind: 'IT_HOSTING', lifecycle: 'ACTIVE', privacyContactName: 'Mette Kjærgaard', privacyContactEmail: 'dpo@nordlys-hosting.example', website: 'https://nordlys-hosting.example', notes: 'Drift af sagssystem og databaser. Datacenter i Ballerup, backup i Aarhus.' },
  { name: 'Fjordsoft ApS', registrationNumber: '41220987', establishmentCountry: 'DK', serviceKind: 'SAAS', lifecycle: 'ACTIVE', privacyContactName: 'Jonas Bech', privacyContactEmail: 'privacy@fjordsoft.example', website: 'https://fjordsoft.example', notes: 'Inkassosagssystem (SaaS). Adresse: Havnegade 14, 8000 Aarhus C.' },
  { name: 'Kvist Print & Kuvertering ApS', registrationNumber: '29876543', establishmentCountry: 'DK', serviceKind: 'PRINT_AND_MAIL', lifecycle: 'ACTIVE', privacyContactName: 'Lise Kvist', privacyContactEmail: 'gdpr@kvistprint.example', website: 'https://kvistprint.example', notes: 'Print og forsendelse af rykkere og inkassomeddelelser. Industrivej 7, 5260 Odense S.' },
  { name: 'Debitor Data Danmark A/S', registrationNumber: '33445566', establishmentCountry: 'DK', serviceKind: 'CREDIT_BUREAU', lifecycle: 'ACTIVE', privacyContactName: 'Anders Holm', privacyContactEmail: 'dpo@debitordata.example', website: 'https://debitordata.example', notes: 'Kreditoplysningsbureau: registrering af dårlige betalere. Selvstændig dataansvarlig for registeret.' },
  { name: 'Strandvejens Advokatfirma I/S', registrationNumber: '27654321', establishmentCountry: 'DK', serviceKind: 'LEGAL', lifecycle: 'ACTIVE', privacyContactName: 'Karen Lund', privacyContactEmail: 'persondata@strandvejens-advokater.example', website: 'https://strandvejens-advokater.example', notes: 'Retslig inkasso og fogedsager.' },
  { name: 'BetalNu A/S', registrationNumber: '40112233', establishmentCountry: 'DK', serviceKind: 'PAYMENT', lifecycle: 'ACTIVE', privacyContactName: 'Peter Dahl', privacyContactEmail: 'privacy@betalnu.example', website: 'https://betalnu.example', notes: 'Betalingsløsning til afdragsordninger.' },
  { name: 'Telefonhuset Nord ApS', registrationNumber: '36998877', establishmentCountry: 'DK', serviceKind: 'TELEPHONY', lifecycle: 'ACTIVE', privacyContactName: 'Sofie Winther', privacyContactEmail: 'dpo@telefonhuset-nord.example', website: 'https://telefonhuset-nord.example', notes: 'Telefoni og optagelse af samtaler (slettes efter 30 dage).' },
  { name: 'Mailpost Sverige AB', registrationNumber: '556677-8899', establishmentCountry: 'SE', serviceKind: 'PRINT_AND_MAIL', lifecycle: 'ONBOARDING', privacyContactName: 'Erik Lindqvist', privacyContactEmail: 'dataskydd@mailpost-sverige.example', website: 'https://mailpost-sverige.example', notes: 'Reserve for print i spidsbelastning. Databehandleraftale under forhandling.' },
  { name: 'Baltic Collect UAB', registrationNumber: '305112233', establishmentCountry: 'LT', serviceKind: 'SUB_COLLECTION_AGENCY', lifecycle: 'ACTIVE', privacyContactName: 'Rūta Kazlauskienė', privacyContactEmail: 'dpo@baltic-collect.example', website: 'https://baltic-collect.example', notes: 'Inddrivelse hos skyldnere bosat i Litauen, Letland og Estland.' },
  { name: 'Inkasso Nord AS', registrationNumber: '912345678', establishmentCountry: 'NO', serviceKind: 'SUB_COLLECTION_AGENCY', lifecycle: 'ACTIVE', privacyContactName: 'Ingrid Haugen', privacyContactEmail: 'personvern@inkasso-nord.example', website: 'https://inkasso-nord.example', notes: 'Inddrivelse i Norge (EØS).' },
  { name: 'Forderungsdienst Hansa GmbH', registrationNumber: 'HRB 123456', establishmentCountry: 'DE', serviceKind: 'SUB_COLLECTION_AGENCY', lifecycle: 'ACTIVE', privacyContactName: 'Klaus Becker', privacyContactEmail: 'datenschutz@hansa-forderung.example', website: 'https://hansa-forderung.example', notes: 'Inddrivelse i Tyskland og Østrig.' },
  { name: 'Thames Debt Recovery Ltd', registrationNumber: '09876543', establishmentCountry: 'GB', serviceKind: 'SUB_COLLECTION_AGENCY', lifecycle: 'ACTIVE', privacyContactName: 'Olivia Hughes', privacyContactEmail: 'dpo@thames-recovery.example', website: 'https://thames-recovery.example', notes: 'Inddrivelse i Storbritannien (tilstrækkelighedsafgørelse).' },
  { name: 'Maple Recovery Ltd.', registrationNumber: 'BC1234567', establishmentCountry: 'CA', serviceKind: 'SUB_COLLECTION_AGENCY', lifecycle: 'ACTIVE', privacyContactName: 'Liam Tremblay', privacyContactEmail: 'privacy@maple-recovery.example', website: 'https://maple-recovery.example', notes: 'Inddrivelse i Canada; omfattet af PIPEDA skal bekræftes.' },
  { name: 'Kalaallit Inkasso ApS', registrationNumber: '12983746', establishmentCountry: 'GL', serviceKind: 'SUB_COLLECTION_AGENCY', lifecycle: 'ACTIVE', privacyContactName: 'Aviaja Lyberth', privacyContactEmail: 'persondata@kalaallit-inkasso.example', website: 'https://kalaallit-inkasso.example', notes: 'Inddrivelse i Grønland: tredjeland uden tilstrækkelighedsafgørelse.' },
  { name: 'Alpine Archive AG', registrationNumber: 'CHE-123.456.789', establishmentCountry: 'CH', serviceKind: 'IT_HOSTING', lifecycle: 'ACTIVE', privacyContactName: 'Lukas Meier', privacyContactEmail: 'datenschutz@alpine-archive.example', website: 'https://alpine-archive.example', notes: 'Krypteret offsite-backup i Zürich.' },
  { name: 'Pinewood Cloud Services Inc.', registrationNumber: 'DE-7781234', establishmentCountry: 'US', serviceKind: 'IT_HOSTING', lifecycle: 'ACTIVE', privacyContactName: 'Emily Carter', privacyContactEmail: 'privacy@pinewood-cloud.example', website: 'https://pinewood-cloud.example', notes: 'E-mail- og dokumenttjeneste. DPF-certificering skal kontrolleres.' },
  { name: 'Lotus Support Services Pvt. Ltd.', registrationNumber: 'U72900KA2015PTC012345', establishmentCountry: 'IN', serviceKind: 'OTHER', lifecycle: 'ACTIVE', privacyContactName: 'Priya Raman', privacyContactEmail: 'dpo@lotus-support.example', website: 'https://lotus-support.example', notes: 'Fjernsupport til sagssystemet fra Bangalore (fjernadgang = overførsel).' },
  { name: 'Hanbit Data Services Co.', registrationNumber: '110111-2345678', establishmentCountry: 'KR', serviceKind: 'SAAS', lifecycle: 'SUSPENDED', privacyContactName: 'Kim Min-jun', privacyContactEmail: 'privacy@hanbit-data.example', website: 'https://hanbit-data.example', notes: 'Analyseværktøj, sat på pause under revurdering.' },
];

export const DEMO_USERS: { email: string; name: string; role: Role }[] = [
  { email: 'admin@demo.tilsyn.example', name: 'Anne Administrator', role: 'ADMIN' },
  { email: 'leverandor@demo.tilsyn.example', name: 'Lars Leverandøransvarlig', role: 'VENDOR_MANAGER' },
  { email: 'dpo@demo.tilsyn.example', name: 'Dorte DPO', role: 'REVIEWER' },
  { email: 'revisor@demo.tilsyn.example', name: 'Rasmus Revisor', role: 'AUDITOR' },
];

type Extra = Partial<Pick<ProcessorEntity, 'address' | 'dataCategories' | 'dataSubjectCategories' | 'engagementRole' | 'engagementPurpose' | 'cprDisclosureBasis' | 'cprDisclosureJustification' | 'dpfStatus' | 'subjectToPipeda' | 'fscCreditInformation' | 'erasureChannel' | 'erasureAddress'>> & {
  /** DPF certification: on the list from, and lapsed, in days before today. */
  dpfCertifiedDaysAgo?: number;
  dpfLapsedDaysAgo?: number;
  /** Days before today the engagement started. */
  startedDaysAgo?: number;
  locations?: { country: string; kind: LocationKind; description: string }[];
};

const DEBTOR_DATA: DataCategory[] = ['IDENTITY', 'CONTACT', 'CPR', 'DEBT', 'FINANCIAL'];

/** The rest of the register: addresses, data, engagement, where the data is. */
const DEMO_EXTRA: Record<string, Extra> = {
  'Nordlys Hosting A/S': { address: 'Lautrupvang 12, 2750 Ballerup', dataCategories: DEBTOR_DATA, dataSubjectCategories: ['DEBTORS', 'GUARANTORS', 'CLIENT_CONTACTS'], engagementRole: 'PROCESSOR', engagementPurpose: 'Drift af sagssystem og databaser', cprDisclosureBasis: 'NORMAL_OPERATIONS_IDENTIFICATION', cprDisclosureJustification: 'CPR er nødvendigt for entydig identifikation af skyldnere i sagssystemet.', locations: [{ country: 'DK', kind: 'STORAGE', description: 'Datacenter i Ballerup og backup i Aarhus' }] },
  'Fjordsoft ApS': { address: 'Havnegade 14, 8000 Aarhus C', dataCategories: [...DEBTOR_DATA, 'HEALTH'], dataSubjectCategories: ['DEBTORS', 'GUARANTORS', 'DEBTOR_REPRESENTATIVES'], engagementRole: 'PROCESSOR', engagementPurpose: 'Inkassosagssystem (SaaS)', cprDisclosureBasis: 'NORMAL_OPERATIONS_IDENTIFICATION', cprDisclosureJustification: 'Sagssystemet identificerer skyldnere entydigt med CPR.', locations: [{ country: 'DK', kind: 'STORAGE', description: 'Drift hos Nordlys Hosting' }] },
  'Kvist Print & Kuvertering ApS': { address: 'Industrivej 7, 5260 Odense S', dataCategories: ['IDENTITY', 'CONTACT', 'DEBT'], dataSubjectCategories: ['DEBTORS'], engagementRole: 'PROCESSOR', engagementPurpose: 'Print og forsendelse af rykkere', locations: [{ country: 'DK', kind: 'STORAGE', description: 'Printcenter i Odense' }] },
  'Debitor Data Danmark A/S': { address: 'Vesterbrogade 120, 1620 København V', dataCategories: ['IDENTITY', 'CPR', 'DEBT'], dataSubjectCategories: ['DEBTORS'], engagementRole: 'INDEPENDENT_CONTROLLER', engagementPurpose: 'Registrering af dårlige betalere', cprDisclosureBasis: 'LEGISLATION', cprDisclosureJustification: 'Kreditoplysningsbureauets registrering efter lovgivningen om kreditoplysningsbureauer.' },
  'Strandvejens Advokatfirma I/S': { address: 'Strandvejen 100, 2900 Hellerup', dataCategories: [...DEBTOR_DATA], dataSubjectCategories: ['DEBTORS', 'GUARANTORS'], engagementRole: 'INDEPENDENT_CONTROLLER', engagementPurpose: 'Retslig inkasso', cprDisclosureBasis: 'LEGISLATION', cprDisclosureJustification: 'Retsplejeloven kræver entydig identifikation af parten.' },
  'BetalNu A/S': { address: 'Kalvebod Brygge 30, 1560 København V', dataCategories: ['IDENTITY', 'CONTACT', 'FINANCIAL'], dataSubjectCategories: ['DEBTORS'], engagementRole: 'PROCESSOR', engagementPurpose: 'Betaling af afdrag' },
  'Telefonhuset Nord ApS': { address: 'Vesterbro 5, 9000 Aalborg', dataCategories: ['IDENTITY', 'CONTACT', 'CALL_RECORDINGS'], dataSubjectCategories: ['DEBTORS', 'EMPLOYEES'], engagementRole: 'PROCESSOR', engagementPurpose: 'Telefoni og optagelse af samtaler' },
  'Mailpost Sverige AB': { address: 'Industrigatan 4, 211 20 Malmö', dataCategories: ['IDENTITY', 'CONTACT', 'DEBT'], dataSubjectCategories: ['DEBTORS'], engagementRole: 'PROCESSOR', engagementPurpose: 'Reserve for print', startedDaysAgo: 5 },
  'Baltic Collect UAB': { address: 'Gedimino pr. 20, 01103 Vilnius', dataCategories: ['IDENTITY', 'CONTACT', 'DEBT'], dataSubjectCategories: ['DEBTORS'], engagementRole: 'PROCESSOR', engagementPurpose: 'Inddrivelse i Baltikum', locations: [{ country: 'LT', kind: 'STORAGE', description: 'Sagssystem i Vilnius' }] },
  'Inkasso Nord AS': { address: 'Karl Johans gate 10, 0154 Oslo', dataCategories: ['IDENTITY', 'CONTACT', 'DEBT'], dataSubjectCategories: ['DEBTORS'], engagementRole: 'PROCESSOR', engagementPurpose: 'Inddrivelse i Norge', locations: [{ country: 'NO', kind: 'STORAGE', description: 'Oslo' }] },
  'Forderungsdienst Hansa GmbH': { address: 'Jungfernstieg 7, 20354 Hamburg', dataCategories: ['IDENTITY', 'CONTACT', 'DEBT'], dataSubjectCategories: ['DEBTORS'], engagementRole: 'PROCESSOR', engagementPurpose: 'Inddrivelse i Tyskland og Østrig', locations: [{ country: 'DE', kind: 'STORAGE', description: 'Hamburg' }] },
  'Thames Debt Recovery Ltd': { address: '1 King William Street, London EC4N 7AR', dataCategories: ['IDENTITY', 'CONTACT', 'DEBT'], dataSubjectCategories: ['DEBTORS'], engagementRole: 'PROCESSOR', engagementPurpose: 'Inddrivelse i Storbritannien', locations: [{ country: 'GB', kind: 'STORAGE', description: 'London' }] },
  'Maple Recovery Ltd.': { address: '200 Bay Street, Toronto ON M5J 2J2', dataCategories: ['IDENTITY', 'CONTACT', 'DEBT'], dataSubjectCategories: ['DEBTORS'], engagementRole: 'INDEPENDENT_CONTROLLER', engagementPurpose: 'Køber og inddriver fordringer i Canada', subjectToPipeda: true, locations: [{ country: 'CA', kind: 'STORAGE', description: 'Toronto' }] },
  'Kalaallit Inkasso ApS': { address: 'Aqqusinersuaq 3, 3900 Nuuk', dataCategories: ['IDENTITY', 'CONTACT', 'DEBT', 'CPR'], dataSubjectCategories: ['DEBTORS'], engagementRole: 'PROCESSOR', engagementPurpose: 'Inddrivelse i Grønland', locations: [{ country: 'GL', kind: 'STORAGE', description: 'Nuuk' }] },
  'Alpine Archive AG': { address: 'Bahnhofstrasse 50, 8001 Zürich', dataCategories: DEBTOR_DATA, dataSubjectCategories: ['DEBTORS'], locations: [{ country: 'CH', kind: 'STORAGE', description: 'Krypteret offsite-backup' }] },
  'Pinewood Cloud Services Inc.': { address: '500 Pine Street, Seattle WA 98101', dataCategories: [...DEBTOR_DATA, 'HEALTH'], dataSubjectCategories: ['DEBTORS'], dpfStatus: 'INACTIVE', dpfCertifiedDaysAgo: 900, dpfLapsedDaysAgo: 90, locations: [{ country: 'US', kind: 'STORAGE', description: 'Dokumentlager i us-west' }, { country: 'IE', kind: 'STORAGE', description: 'Primær region Dublin' }] },
  'Lotus Support Services Pvt. Ltd.': { address: '', dataCategories: DEBTOR_DATA, dataSubjectCategories: ['DEBTORS'], locations: [{ country: 'IN', kind: 'REMOTE_ACCESS', description: 'Fjernsupport fra Bangalore' }] },
  'Hanbit Data Services Co.': { address: '110 Sejong-daero, Seoul', dataCategories: ['IDENTITY', 'DEBT'], dataSubjectCategories: ['DEBTORS'], engagementRole: 'PROCESSOR', engagementPurpose: 'Analyse af betalingsmønstre', fscCreditInformation: true },
};

/** Who engaged whom. Days are relative to today, so the demo is always current. */
const DEMO_LINKS: { parent: string; child: string; regime: 'SPECIFIC' | 'GENERAL'; noticeDays?: number; notifiedDaysAgo?: number; approvedDaysAgo?: number; firstUsedDaysAgo?: number }[] = [
  // A three-level chain with remote access from a third country at the bottom.
  { parent: 'Fjordsoft ApS', child: 'Nordlys Hosting A/S', regime: 'SPECIFIC', approvedDaysAgo: 900, firstUsedDaysAgo: 890 },
  { parent: 'Fjordsoft ApS', child: 'Pinewood Cloud Services Inc.', regime: 'GENERAL', noticeDays: 30, notifiedDaysAgo: 400, firstUsedDaysAgo: 360 },
  { parent: 'Pinewood Cloud Services Inc.', child: 'Lotus Support Services Pvt. Ltd.', regime: 'GENERAL', noticeDays: 30, notifiedDaysAgo: 200, firstUsedDaysAgo: 190 },
  // General authorisation, notified 10 days ago: still inside the 30-day objection window.
  { parent: 'Nordlys Hosting A/S', child: 'Alpine Archive AG', regime: 'GENERAL', noticeDays: 30, notifiedDaysAgo: 10 },
];

/** One DPA per status: complete, missing (g), expired, draft; Fjordsoft has two versions. */
const DEMO_AGREEMENTS: { processor: string; title: string; template: AgreementTemplate; signedDaysAgo?: number; endsInDays?: number; missing?: DpaGapCode[]; partial?: DpaGapCode[]; reviewedDaysAgo?: number }[] = [
  { processor: 'Nordlys Hosting A/S', title: 'Databehandleraftale – drift og hosting', template: 'DATATILSYNET_STANDARD', signedDaysAgo: 700, reviewedDaysAgo: 100 },
  { processor: 'Fjordsoft ApS', title: 'Databehandleraftale – sagssystem (2023)', template: 'EU_SCC_2021_915', signedDaysAgo: 1000, endsInDays: -400, missing: ['ART28_3_H2_INFRINGING_INSTRUCTION'] },
  { processor: 'Fjordsoft ApS', title: 'Databehandleraftale – sagssystem (2025)', template: 'EU_SCC_2021_915', signedDaysAgo: 400, reviewedDaysAgo: 30 },
  { processor: 'Kvist Print & Kuvertering ApS', title: 'Databehandleraftale – print og forsendelse', template: 'PROCESSOR_TEMPLATE', signedDaysAgo: 300, missing: ['ART28_3_G'], partial: ['ART28_3_H'], reviewedDaysAgo: 60 },
  { processor: 'Telefonhuset Nord ApS', title: 'Databehandleraftale – telefoni', template: 'OWN_TEMPLATE', signedDaysAgo: 1200, endsInDays: -20 },
  { processor: 'Mailpost Sverige AB', title: 'Databehandleraftale – print (udkast)', template: 'DATATILSYNET_STANDARD' },
  { processor: 'BetalNu A/S', title: 'Databehandleraftale – betalinger', template: 'DATATILSYNET_STANDARD', signedDaysAgo: 500, reviewedDaysAgo: 420 },
  { processor: 'Baltic Collect UAB', title: 'Data processing agreement – collection', template: 'EU_SCC_2021_915', signedDaysAgo: 250, reviewedDaysAgo: 20 },
  { processor: 'Inkasso Nord AS', title: 'Databehandleravtale – inkasso', template: 'DATATILSYNET_STANDARD', signedDaysAgo: 350, reviewedDaysAgo: 40 },
  { processor: 'Forderungsdienst Hansa GmbH', title: 'Auftragsverarbeitungsvertrag', template: 'EU_SCC_2021_915', signedDaysAgo: 150 },
  { processor: 'Thames Debt Recovery Ltd', title: 'Data processing agreement – UK collection', template: 'EU_SCC_2021_915', signedDaysAgo: 200 },
  { processor: 'Kalaallit Inkasso ApS', title: 'Databehandleraftale – Grønland', template: 'DATATILSYNET_STANDARD', signedDaysAgo: 320, reviewedDaysAgo: 10 },
];

type Guarantees = Record<'EEG_A' | 'EEG_B' | 'EEG_C' | 'EEG_D', [GuaranteeRatingValue['rating'], string]>;

/**
 * Transfers in every state: adequacy (UK renewal, Canada under PIPEDA, Switzerland onward), SCCs
 * with an approved TIA due for re-evaluation (Greenland), SCCs after a DPF lapse leaving a past gap
 * (US), SCCs with a TIA awaiting the DPO (Korea). Lotus's remote access from India is left
 * unrecorded on purpose: it shows as a suggested transfer with ONWARD_TRANSFER_NO_TOOL.
 */
const DEMO_TRANSFERS: {
  importer: string;
  exporter?: string;
  country: string;
  accessKind?: 'STORAGE' | 'REMOTE_ACCESS';
  mechanism: TransferEntity['mechanism'];
  sccModule?: number;
  sccSignedDaysAgo?: number;
  startedDaysAgo: number;
  purpose: string;
  cpr?: boolean;
  tia?: { status: 'APPROVED' | 'SUBMITTED'; approvedDaysAgo?: number; guarantees: Guarantees; measures: { kind: 'TECHNICAL' | 'CONTRACTUAL' | 'ORGANISATIONAL'; description: string; effective: boolean }[]; laws: string };
}[] = [
  { importer: 'Thames Debt Recovery Ltd', country: 'GB', mechanism: 'ADEQUACY', startedDaysAgo: 600, purpose: 'Overdragelse af sager mod skyldnere bosat i Storbritannien' },
  { importer: 'Maple Recovery Ltd.', country: 'CA', mechanism: 'ADEQUACY', startedDaysAgo: 500, purpose: 'Salg af fordringer mod skyldnere i Canada (køber er selvstændig dataansvarlig)' },
  { importer: 'Alpine Archive AG', exporter: 'Nordlys Hosting A/S', country: 'CH', mechanism: 'ADEQUACY', startedDaysAgo: 5, purpose: 'Krypteret offsite-backup', cpr: true },
  {
    importer: 'Kalaallit Inkasso ApS', country: 'GL', mechanism: 'SCC', sccModule: 2, sccSignedDaysAgo: 420, startedDaysAgo: 400, purpose: 'Inddrivelse hos skyldnere bosat i Grønland', cpr: true,
    tia: {
      status: 'APPROVED', approvedDaysAgo: 400,
      laws: 'Grønlandsk ret bygger på dansk retsplejelov; myndighedsadgang kræver retskendelse.',
      guarantees: { EEG_A: ['MET', 'Adgang reguleret i retsplejeloven for Grønland.'], EEG_B: ['MET', 'Kræver konkret mistanke og retskendelse.'], EEG_C: ['MET', 'Domstolskontrol.'], EEG_D: ['PARTIALLY_MET', 'Klageadgang findes, men er lidt kendt.'] },
      measures: [{ kind: 'CONTRACTUAL', description: 'Pligt til at underrette os om enhver myndighedsanmodning', effective: true }],
    },
  },
  {
    importer: 'Pinewood Cloud Services Inc.', exporter: 'Fjordsoft ApS', country: 'US', mechanism: 'SCC', sccModule: 3, sccSignedDaysAgo: 45, startedDaysAgo: 360, purpose: 'E-mail- og dokumenttjeneste til sagssystemet', cpr: true,
    tia: {
      status: 'APPROVED', approvedDaysAgo: 40,
      laws: 'FISA 702 og EO 12333; EO 14086 og Data Protection Review Court.',
      guarantees: { EEG_A: ['PARTIALLY_MET', 'FISA 702 er offentlig, men bred.'], EEG_B: ['PARTIALLY_MET', 'EO 14086 indfører nødvendighed og proportionalitet.'], EEG_C: ['PARTIALLY_MET', 'PCLOB og DPRC.'], EEG_D: ['NOT_MET', 'Klagemekanismen er ikke en domstol i chartrets forstand.'] },
      measures: [{ kind: 'TECHNICAL', description: 'Dokumenter krypteres hos Fjordsoft; nøglerne forbliver i Danmark', effective: true }],
    },
  },
  {
    importer: 'Hanbit Data Services Co.', country: 'KR', mechanism: 'SCC', sccModule: 2, sccSignedDaysAgo: 300, startedDaysAgo: 300, purpose: 'Analyse af betalingsmønstre (pseudonymiseret)',
    tia: {
      status: 'SUBMITTED',
      laws: 'PIPA og telekommunikationslovgivningen.',
      guarantees: { EEG_A: ['MET', 'PIPA er klar og offentlig.'], EEG_B: ['PARTIALLY_MET', 'Bred adgang for efterretningstjenesten.'], EEG_C: ['MET', 'PIPC fører tilsyn.'], EEG_D: ['PARTIALLY_MET', 'Retsmidler findes.'] },
      measures: [{ kind: 'TECHNICAL', description: 'Pseudonymisering før overførsel; nøglen bliver i Danmark', effective: true }],
    },
  },
];

/** Loads the demo register and one user per role, each step audited as SYSTEM. */
export async function seedDemoData(dataSource: DataSource, clock: Clock, audit: AuditService, users: UsersService, passwords: Record<string, string>): Promise<void> {
  const meta = { actor: undefined, requestId: '' };
  await dataSource.transaction(async (em) => {
    for (const user of DEMO_USERS) {
      await users.insertUser(meta, { ...user, password: passwords[user.email], mustChangePassword: false }, 'demo.seed_user', em);
    }
    const now = clock.now();
    const today = copenhagenDate(now);
    const daysAgo = (n: number) => addDays(today, -n);
    const owner = await em.getRepository(UserEntity).findOneByOrFail({ email: 'leverandor@demo.tilsyn.example' });
    const ids = new Map<string, string>();
    for (const demo of DEMO_PROCESSORS) {
      const { locations = [], startedDaysAgo, dpfCertifiedDaysAgo, dpfLapsedDaysAgo, ...extra } = DEMO_EXTRA[demo.name] ?? {};
      const saved = await em.save(
        em.create(ProcessorEntity, {
          ...demo,
          ...extra,
          address: extra.address || null,
          engagementStart: extra.engagementRole ? daysAgo(startedDaysAgo ?? 1100) : null,
          ownerId: extra.engagementRole ? owner.id : null,
          dpfCertifiedOn: dpfCertifiedDaysAgo != null ? daysAgo(dpfCertifiedDaysAgo) : null,
          dpfLapsedOn: dpfLapsedDaysAgo != null ? daysAgo(dpfLapsedDaysAgo) : null,
          dpfCheckedOn: dpfCertifiedDaysAgo != null ? daysAgo(7) : null,
          version: 1,
          createdAt: now,
          updatedAt: now,
        }),
      );
      ids.set(demo.name, saved.id);
      for (const l of locations) await em.insert(ProcessingLocationEntity, { processorId: saved.id, country: l.country, kind: l.kind, description: l.description });
      await audit.record(em, meta, { action: 'demo.seed_processor', entityType: 'Processor', entityId: saved.id, details: { changes: diff(null, saved, [...PROCESSOR_AUDITED_FIELDS]) } }, 'SYSTEM');
    }
    for (const link of DEMO_LINKS) {
      const saved = await em.save(
        em.create(SubprocessorLinkEntity, {
          processorId: ids.get(link.parent)!,
          subprocessorId: ids.get(link.child)!,
          regime: link.regime,
          noticeDays: link.noticeDays ?? null,
          notifiedOn: link.notifiedDaysAgo != null ? daysAgo(link.notifiedDaysAgo) : null,
          approvedOn: link.approvedDaysAgo != null ? daysAgo(link.approvedDaysAgo) : null,
          firstUsedOn: link.firstUsedDaysAgo != null ? daysAgo(link.firstUsedDaysAgo) : null,
          version: 1,
          createdAt: now,
          updatedAt: now,
        }),
      );
      await audit.record(em, meta, { action: 'demo.seed_subprocessor_link', entityType: 'SubprocessorLink', entityId: saved.id, details: null }, 'SYSTEM');
    }
    const versions = new Map<string, number>();
    for (const a of DEMO_AGREEMENTS) {
      const processorId = ids.get(a.processor)!;
      const versionNo = (versions.get(processorId) ?? 0) + 1;
      versions.set(processorId, versionNo);
      const signedOn = a.signedDaysAgo != null ? daysAgo(a.signedDaysAgo) : null;
      const saved = await em.save(
        em.create(AgreementEntity, {
          processorId,
          versionNo,
          template: a.template,
          title: a.title,
          signedOn,
          effectiveFrom: signedOn,
          endsOn: a.endsInDays != null ? addDays(today, a.endsInDays) : null,
          reviewIntervalMonths: 12,
          lastReviewedOn: a.reviewedDaysAgo != null ? daysAgo(a.reviewedDaysAgo) : null,
          subprocessorRegime: 'GENERAL',
          subprocessorNoticeDays: 30,
          version: 1,
          createdAt: now,
          updatedAt: now,
        }),
      );
      await em.insert(
        AgreementClauseEntity,
        DPA_GAP_CODES.map((code) => ({
          agreementId: saved.id,
          code,
          assessment: signedOn ? (a.missing?.includes(code) ? 'MISSING' : a.partial?.includes(code) ? 'PARTIAL' : 'PRESENT') : 'NOT_ASSESSED',
          location: signedOn && !a.missing?.includes(code) ? `§ ${DPA_GAP_CODES.indexOf(code) + 1}` : null,
          note: a.missing?.includes(code) ? 'Ikke fundet i aftalen.' : null,
          assessedById: null,
          assessedAt: signedOn ? now : null,
          needsReconfirmation: false,
        })),
      );
      await audit.record(em, meta, { action: 'demo.seed_agreement', entityType: 'Agreement', entityId: saved.id, details: { processorId, versionNo } }, 'SYSTEM');
    }
    const dpo = await em.getRepository(UserEntity).findOneByOrFail({ email: 'dpo@demo.tilsyn.example' });
    for (const d of DEMO_TRANSFERS) {
      const importer = await em.getRepository(ProcessorEntity).findOneByOrFail({ id: ids.get(d.importer)! });
      const transfer = await em.save(
        em.create(TransferEntity, {
          exporterProcessorId: d.exporter ? ids.get(d.exporter)! : null,
          importerProcessorId: importer.id,
          importerRole: !d.exporter && importer.engagementRole ? importer.engagementRole : 'PROCESSOR',
          destinationCountry: d.country,
          accessKind: d.accessKind ?? 'STORAGE',
          dataCategories: importer.dataCategories,
          dataSubjectCategories: importer.dataSubjectCategories,
          frequency: 'SYSTEMATIC',
          purpose: d.purpose,
          startedOn: daysAgo(d.startedDaysAgo),
          mechanism: d.mechanism,
          sccModule: d.sccModule ?? null,
          sccSignedOn: d.sccSignedDaysAgo != null ? daysAgo(d.sccSignedDaysAgo) : null,
          cprDisclosureBasis: d.cpr ? 'NORMAL_OPERATIONS_IDENTIFICATION' : null,
          ownerId: owner.id,
          version: 1,
          createdAt: now,
          updatedAt: now,
        }),
      );
      await audit.record(em, meta, { action: 'demo.seed_transfer', entityType: 'Transfer', entityId: transfer.id, details: { destinationCountry: d.country, mechanism: d.mechanism } }, 'SYSTEM');
      if (!d.tia) continue;
      const id = randomUUID();
      await em.insert(TiaEntity, {
        id,
        seriesId: id,
        versionNo: 1,
        status: d.tia.status,
        title: `${d.importer} → ${countryName(d.country, 'da')}`,
        destinationCountry: d.country,
        importerProcessorId: importer.id,
        circumstances: `${d.purpose}. Systematisk overførsel af identitets-, kontakt- og gældsoplysninger om skyldnere.`,
        toolRelied: `Standardkontraktbestemmelser 2021/914, modul ${d.sccModule}`,
        lawsAndPractices: d.tia.laws,
        guarantees: Object.entries(d.tia.guarantees).map(([guarantee, [rating, rationale]]) => ({ guarantee, rating, rationale, sources: 'EDPB-anbefaling 02/2020; landerapport' })) as GuaranteeRatingValue[],
        measures: d.tia.measures,
        proceduralSteps: 'Ingen ændringer i standardkontrakten; ingen tilladelse nødvendig.',
        conclusion: 'EQUIVALENT',
        conclusionRationale: 'Med de supplerende foranstaltninger er beskyttelsen i det væsentlige tilsvarende.',
        reevaluationMonths: 12,
        authorId: owner.id,
        writerIds: [owner.id],
        submittedAt: now,
        approvedById: d.tia.status === 'APPROVED' ? dpo.id : null,
        approvedOn: d.tia.approvedDaysAgo != null ? daysAgo(d.tia.approvedDaysAgo) : null,
        version: 1,
        createdAt: now,
        updatedAt: now,
      });
      await em.insert(TiaTransferEntity, { tiaId: id, transferId: transfer.id });
      await audit.record(em, meta, { action: 'demo.seed_tia', entityType: 'Tia', entityId: id, details: { transferId: transfer.id, status: d.tia.status } }, 'SYSTEM');
    }
    await seedDemoReviews(em, clock, audit, ids);
    await seedDemoRecords(em, audit, today, ids);
    await backdateDemoHistory(em, today);
  });
}
