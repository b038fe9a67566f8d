import type { Locale } from '@tilsyn/domain';
import DataLoader from 'dataloader';
import type { AgreementDocumentEntity, AgreementClauseEntity } from '../modules/agreements/agreement.entity.js';
import type { AgreementModel } from '../modules/agreements/agreement.model.js';
import type { AgreementsService } from '../modules/agreements/agreements.service.js';
import type { SubprocessorLinkModel } from '../modules/subprocessors/subprocessor-link.model.js';
import type { SubprocessorLinksService } from '../modules/subprocessors/subprocessor-links.service.js';
import type { AuditService } from '../modules/audit/audit.service.js';
import type { AuditEventModel } from '../modules/audit/audit-event.model.js';
import type { ProcessorComplianceModel } from '../modules/compliance/compliance.model.js';
import type { ComplianceService } from '../modules/compliance/compliance.service.js';
import { toComplianceModel } from '../modules/compliance/finding.mapper.js';
import type { ProcessingLocationEntity } from '../modules/processors/processing-location.entity.js';
import type { ProcessorsService } from '../modules/processors/processors.service.js';
import type { UsersService } from '../modules/users/users.service.js';
import type { TiaModel } from '../modules/transfers/tia.model.js';
import type { TiasService } from '../modules/transfers/tias.service.js';
import type { TransferDocumentModel } from '../modules/transfers/transfer.model.js';
import type { TransfersService } from '../modules/transfers/transfers.service.js';

/**
 * Per-request DataLoaders: every to-many or cross-record field is batched into one query per
 * request, results in key order (style.md §3.6).
 */
export interface ApiLoaders {
  processorHistory: DataLoader<string, AuditEventModel[]>;
  auditDetails: DataLoader<string, Record<string, unknown> | null>;
  actorNames: DataLoader<string, string | null>;
  processingLocations: DataLoader<string, ProcessingLocationEntity[]>;
  /** Key: `${processorId}|${asOf ?? ''}`. */
  compliance: DataLoader<string, ProcessorComplianceModel | null>;
  agreementClauses: DataLoader<string, AgreementClauseEntity[]>;
  agreementDocuments: DataLoader<string, AgreementDocumentEntity | null>;
  agreementsByProcessor: DataLoader<string, AgreementModel[]>;
  subprocessorLinksByProcessor: DataLoader<string, SubprocessorLinkModel[]>;
  engagingLinksBySubprocessor: DataLoader<string, SubprocessorLinkModel[]>;
  transferTias: DataLoader<string, TiaModel[]>;
  transferDocuments: DataLoader<string, TransferDocumentModel[]>;
  transferHistory: DataLoader<string, AuditEventModel[]>;
  tiaHistory: DataLoader<string, AuditEventModel[]>;
}

export interface LoaderServices {
  audit: AuditService;
  users: UsersService;
  processors: ProcessorsService;
  compliance: ComplianceService;
  agreements: AgreementsService;
  links: SubprocessorLinksService;
  transfers: TransfersService;
  tias: TiasService;
}

/**
 * The request's loaders. `mayReadAudit`: whether the caller may read the audit trail — a record's
 * history (who changed what, with before and after) is audit data, so a caller without
 * `audit.read` (an API token) gets an empty history, as it gets FORBIDDEN on allAuditEvents.
 */
export function createLoaders(s: LoaderServices, locale: Locale, access: { mayReadAudit: boolean } = { mayReadAudit: true }): ApiLoaders {
  const history = (entityType: string) =>
    new DataLoader(async (ids: readonly string[]) => {
      if (!access.mayReadAudit) return ids.map(() => []);
      const byId = await s.audit.byEntities(entityType, ids);
      return ids.map((id) => byId.get(id) ?? []);
    });
  return {
    transferTias: new DataLoader(async (ids) => {
      const byId = await s.tias.byTransferIds(ids);
      return ids.map((id) => byId.get(id) ?? []);
    }),
    transferDocuments: new DataLoader(async (ids) => {
      const byId = await s.transfers.documentsByTransferIds(ids);
      return ids.map((id) => byId.get(id) ?? []);
    }),
    transferHistory: history('Transfer'),
    tiaHistory: history('Tia'),
    processorHistory: history('Processor'),
    auditDetails: new DataLoader(async (ids) => {
      const byId = await s.audit.detailsByEventIds(ids);
      return ids.map((id) => byId.get(id) ?? null);
    }),
    actorNames: new DataLoader(async (ids) => {
      const byId = await s.users.actorNames(ids);
      return ids.map((id) => byId.get(id) ?? null);
    }),
    processingLocations: new DataLoader(async (ids) => {
      const byId = await s.processors.locationsByProcessorIds(ids);
      return ids.map((id) => byId.get(id) ?? []);
    }),
    compliance: new DataLoader(async (keys) => {
      const byAsOf = new Map<string, string[]>();
      for (const key of keys) {
        const [id, asOf] = key.split('|');
        byAsOf.set(asOf, [...(byAsOf.get(asOf) ?? []), id]);
      }
      const results = new Map<string, ProcessorComplianceModel>();
      for (const [asOf, ids] of byAsOf) {
        const day = asOf || s.compliance.today();
        const graph = await s.compliance.loadGraph(ids);
        for (const [id, a] of s.compliance.assessGraph(graph, ids, day)) results.set(`${id}|${asOf}`, toComplianceModel(a, graph.names, day, locale));
      }
      return keys.map((k) => results.get(k) ?? null);
    }),
    agreementClauses: new DataLoader(async (ids) => {
      const byId = await s.agreements.clausesByAgreementIds(ids);
      return ids.map((id) => byId.get(id) ?? []);
    }),
    agreementDocuments: new DataLoader(async (ids) => {
      const byId = await s.agreements.documentsByAgreementIds(ids);
      return ids.map((id) => byId.get(id) ?? null);
    }),
    agreementsByProcessor: new DataLoader(async (ids) => {
      const byId = await s.agreements.byProcessorIds(ids);
      return ids.map((id) => byId.get(id) ?? []);
    }),
    subprocessorLinksByProcessor: new DataLoader(async (ids) => {
      const byId = await s.links.byProcessorIds(ids, 'processorId');
      return ids.map((id) => byId.get(id) ?? []);
    }),
    engagingLinksBySubprocessor: new DataLoader(async (ids) => {
      const byId = await s.links.byProcessorIds(ids, 'subprocessorId');
      return ids.map((id) => byId.get(id) ?? []);
    }),
  };
}
