import { PROCESSOR_FINDING_DEFINITIONS, type Finding, type Locale } from '@tilsyn/domain';
import type { FindingModel } from './compliance.model.js';

/** A domain finding for the API: with the sentence in both languages and the path as names. */
export function toFindingModel(f: Finding, names: ReadonlyMap<string, string>, locale: Locale): FindingModel {
  const definition = (PROCESSOR_FINDING_DEFINITIONS as Record<string, { message: Record<Locale, string> } | undefined>)[f.code];
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
  };
}
