import type { ProcessorLifecycle, Role, ServiceKind } from '@tilsyn/domain';
import type { DataSource } from 'typeorm';
import type { Clock } from '@tilsyn/domain';
import { AuditService, diff } from '../../modules/audit/audit.service.js';
import { ProcessorEntity } from '../../modules/processors/processor.entity.js';
import { PROCESSOR_AUDITED_FIELDS } from '../../modules/processors/processor.mapper.js';
import type { UsersService } from '../../modules/users/users.service.js';

type DemoProcessor = Pick<ProcessorEntity, 'name' | 'registrationNumber' | 'establishmentCountry' | 'privacyContactName' | 'privacyContactEmail' | 'website' | 'notes'> & {
  serviceKind: ServiceKind;
  lifecycle: ProcessorLifecycle;
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

/** Loads the demo register and one user per role, each step audited as SYSTEM. */
export async function seedDemoData(dataSource: DataSource, clock: Clock, audit: AuditService, users: UsersService, passwords: Record<string, string>): Promise<void> {
  const meta = { actor: undefined, requestId: '' };
  await dataSource.transaction(async (em) => {
    for (const user of DEMO_USERS) {
      await users.insertUser(meta, { ...user, password: passwords[user.email], mustChangePassword: false }, 'demo.seed_user', em);
    }
    const now = clock.now();
    for (const demo of DEMO_PROCESSORS) {
      const saved = await em.save(em.create(ProcessorEntity, { ...demo, version: 1, createdAt: now, updatedAt: now }));
      await audit.record(em, meta, { action: 'demo.seed_processor', entityType: 'Processor', entityId: saved.id, details: { changes: diff(null, saved, [...PROCESSOR_AUDITED_FIELDS]) } }, 'SYSTEM');
    }
  });
}
