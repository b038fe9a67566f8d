import { findingDefinition, type Finding, type IsoDate, type Locale, type ProcessorAssessment } from '@tilsyn/domain';
import type { FindingModel, ProcessorComplianceModel } from './compliance.model.js';

/** A domain finding for the API: with the sentence in both languages and the path as names. */
export function toFindingModel(f: Finding, names: ReadonlyMap<string, string>, locale: Locale): FindingModel {
  const definition = findingDefinition(f.code, !!f.transferId || !!f.country);
  return {
    code: f.code,
    severity: f.severity,
    article: f.article,
    message: definition?.message[locale] ?? f.code,
    messageDa: definition?.message.da ?? f.code,
    messageEn: definition?.message.en ?? f.code,
    processorId: f.processorId,
    processorName: names.get(f.processorId) ?? f.processorId,
    path: f.path,
    pathNames: f.path.map((id) => names.get(id) ?? id),
    agreementId: f.agreementId ?? null,
    linkId: f.linkId ?? null,
    gaps: f.gaps ?? null,
    transferId: f.transferId ?? null,
    country: f.country ?? null,
    remedy: definition?.remedy?.[locale] ?? null,
    remedyDa: definition?.remedy?.da ?? null,
    remedyEn: definition?.remedy?.en ?? null,
  };
}

/** A processor's assessment for the API: status and both finding lists, on the date assessed. */
export function toComplianceModel(a: ProcessorAssessment, names: ReadonlyMap<string, string>, asOf: IsoDate, locale: Locale): ProcessorComplianceModel {
  return { asOf, status: a.status, own: a.own.map((f) => toFindingModel(f, names, locale)), below: a.below.map((f) => toFindingModel(f, names, locale)) };
}
