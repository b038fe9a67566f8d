import { describe, expect, it } from 'vitest';
import {
  AGREEMENT_STATUSES,
  AGREEMENT_TEMPLATES,
  CLAUSE_ASSESSMENTS,
  CPR_DISCLOSURE_BASES,
  DATA_CATEGORIES,
  DATA_SUBJECT_CATEGORIES,
  DPA_GAP_CODES,
  DPF_STATUSES,
  END_OF_SERVICE_OUTCOMES,
  ENGAGEMENT_ROLES,
  ERASURE_CHANNELS,
  ERROR_CODES,
  FINDING_SEVERITIES,
  INPUT_REASONS,
  LOCATION_KINDS,
  PROCESSOR_LIFECYCLES,
  PROCESSOR_STATUSES,
  ROLES,
  SERVICE_KINDS,
  SUBPROCESSOR_AUTHORISATIONS,
  ADEQUACY_CONDITIONS,
  ADEQUACY_SCOPES,
  DEROGATION_GROUNDS,
  EDPB_STEPS,
  ESSENTIAL_GUARANTEES,
  GUARANTEE_RATINGS,
  MEASURE_KINDS,
  TIA_CONCLUSIONS,
  TIA_STATUSES,
  TRANSFER_ACCESS_KINDS,
  TRANSFER_FINDING_CODES,
  TRANSFER_FREQUENCIES,
  TRANSFER_MECHANISMS,
  TRANSFER_STATUSES,
  CHECKLIST_ANSWERS,
  DUE_STATES,
  REMINDER_STATUSES,
  REMINDER_SUBJECT_TYPES,
  REVIEW_FINDING_SEVERITIES,
  REVIEW_KINDS,
  REVIEW_OUTCOMES,
  REVIEW_STATUSES,
  REVIEW_SUBJECT_TYPES,
  RISK_LEVELS,
  SUPERVISION_METHODS,
  ERASURE_ANSWER_SOURCES,
  ERASURE_ANSWERS,
  ERASURE_DECISIONS,
  ERASURE_DISPATCH_KINDS,
  ERASURE_DISPATCH_STATUSES,
  ERASURE_GROUNDS,
  ERASURE_NOTICE_STATUSES,
  ERASURE_RECIPIENT_REASONS,
  ERASURE_REFUSAL_BASES,
  ERASURE_REQUEST_STATUSES,
  ERASURE_SKIP_REASONS,
  ERASURE_SOURCES,
} from '@tilsyn/domain';
import { FINDING_CODES } from '../components/choices';
import { da } from './da';
import { en } from './en';

type Tree = { [key: string]: Tree | string | undefined };

function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else if (value) for (const [k, v] of leaves(value, path)) out.set(k, v);
  }
  return out;
}

const daLeaves = leaves(da as Tree);
const enLeaves = leaves(en as Tree);

describe('translations', () => {
  it('Danish and English have exactly the same keys', () => {
    const onlyEn = [...enLeaves.keys()].filter((k) => !daLeaves.has(k));
    const onlyDa = [...daLeaves.keys()].filter((k) => !enLeaves.has(k));
    expect(onlyEn).toEqual([]);
    expect(onlyDa).toEqual([]);
  });

  it('no Danish value is an untranslated key path', () => {
    const untranslated = [...daLeaves].filter(([path, value]) => value === path || value.startsWith('ra.') || value.startsWith('tilsyn.'));
    expect(untranslated).toEqual([]);
  });

  it('no value is empty (except the blank label react-admin uses for boolean null)', () => {
    for (const map of [daLeaves, enLeaves]) {
      const empty = [...map].filter(([path, value]) => value.trim() === '' && path !== 'ra.boolean.null');
      expect(empty).toEqual([]);
    }
  });

  it('uses the same placeholders in both languages', () => {
    const placeholders = (s: string) => [...s.matchAll(/%\{(\w+)\}/g)].map((m) => m[1]).sort();
    const differing = [...enLeaves]
      .filter(([path, value]) => JSON.stringify(placeholders(value)) !== JSON.stringify(placeholders(daLeaves.get(path) ?? '')))
      .map(([path]) => path);
    expect(differing).toEqual([]);
  });

  it('keeps plural forms in both languages', () => {
    const plural = [...enLeaves].filter(([, v]) => v.includes('||||')).map(([k]) => k);
    for (const key of plural) expect(daLeaves.get(key), key).toContain('||||');
  });

  it('labels every enum value from @tilsyn/domain', () => {
    for (const map of [daLeaves, enLeaves]) {
      for (const role of ROLES) expect(map.has(`tilsyn.enums.role.${role}`)).toBe(true);
      for (const kind of SERVICE_KINDS) expect(map.has(`tilsyn.enums.serviceKind.${kind}`)).toBe(true);
      for (const lc of PROCESSOR_LIFECYCLES) expect(map.has(`tilsyn.enums.lifecycle.${lc}`)).toBe(true);
      for (const code of ERROR_CODES) expect(map.has(`tilsyn.errors.${code}`)).toBe(true);
      for (const reason of INPUT_REASONS) expect(map.has(`tilsyn.input_reasons.${reason}`)).toBe(true);
    }
  });

  it('labels every enum value of the processor register and the DPAs', () => {
    const groups: [string, readonly string[]][] = [
      ['dataCategory', DATA_CATEGORIES],
      ['dataSubjectCategory', DATA_SUBJECT_CATEGORIES],
      ['locationKind', LOCATION_KINDS],
      ['dpfStatus', DPF_STATUSES],
      ['erasureChannel', ERASURE_CHANNELS],
      ['engagementRole', ENGAGEMENT_ROLES],
      ['cprDisclosureBasis', CPR_DISCLOSURE_BASES],
      ['endOfServiceOutcome', END_OF_SERVICE_OUTCOMES],
      ['processorStatus', PROCESSOR_STATUSES],
      ['findingCode', FINDING_CODES],
      ['severity', FINDING_SEVERITIES],
      ['agreementTemplate', AGREEMENT_TEMPLATES],
      ['agreementStatus', AGREEMENT_STATUSES],
      ['clauseAssessment', CLAUSE_ASSESSMENTS],
      ['subprocessorRegime', SUBPROCESSOR_AUTHORISATIONS],
    ];
    for (const map of [daLeaves, enLeaves]) {
      for (const [group, values] of groups) for (const value of values) expect(map.has(`tilsyn.enums.${group}.${value}`), `${group}.${value}`).toBe(true);
      for (const basis of CPR_DISCLOSURE_BASES) expect(map.has(`tilsyn.cpr_basis_help.${basis}`)).toBe(true);
      for (const code of FINDING_CODES) expect(map.has(`tilsyn.findings.${code}`), code).toBe(true);
      for (const code of DPA_GAP_CODES) {
        expect(map.has(`tilsyn.clauses.${code}.title`), code).toBe(true);
        expect(map.has(`tilsyn.clauses.${code}.explanation`), code).toBe(true);
      }
    }
  });

  it('labels every value of the transfers, TIAs and reference data', () => {
    const groups: [string, readonly string[]][] = [
      ['transferStatus', TRANSFER_STATUSES],
      ['transferMechanism', [...TRANSFER_MECHANISMS, 'NONE']],
      ['transferFrequency', TRANSFER_FREQUENCIES],
      ['accessKind', TRANSFER_ACCESS_KINDS],
      ['derogationGround', DEROGATION_GROUNDS],
      ['tiaStatus', TIA_STATUSES],
      ['tiaConclusion', TIA_CONCLUSIONS],
      ['guaranteeRating', GUARANTEE_RATINGS],
      ['measureKind', MEASURE_KINDS],
      ['adequacyScope', ADEQUACY_SCOPES],
      ['adequacyCondition', ADEQUACY_CONDITIONS],
      ['findingCode', TRANSFER_FINDING_CODES],
      ['sccModule', ['1', '2', '3', '4']],
    ];
    for (const map of [daLeaves, enLeaves]) {
      for (const [group, values] of groups) for (const value of values) expect(map.has(`tilsyn.enums.${group}.${value}`), `${group}.${value}`).toBe(true);
      for (const code of TRANSFER_FINDING_CODES) {
        expect(map.has(`tilsyn.findings.${code}`), code).toBe(true);
        expect(map.has(`tilsyn.remedies.${code}`), code).toBe(true);
      }
      for (const g of ESSENTIAL_GUARANTEES) expect(map.has(`tilsyn.guarantees.${g}.explanation`), g).toBe(true);
      for (const step of EDPB_STEPS) expect(map.has(`tilsyn.edpb_steps.step_${step.step}.guidance`)).toBe(true);
    }
    expect(daLeaves.get('tilsyn.transfers.suggested_title')).toBe('Overførsler uden registrering');
    expect(daLeaves.get('resources.OrganisationSettings.fields.guaranteesForEveryTransfer')).toBe('Vurdér de fire garantier for alle overførsler');
    expect(daLeaves.get('tilsyn.adequacy.to_verify')).toBe('Skal verificeres');
    expect(enLeaves.get('tilsyn.adequacy.to_verify')).toBe('To verify');
  });

  it('labels every value of reviews, supervision and reminders', () => {
    const groups: [string, readonly string[]][] = [
      ['reviewKind', REVIEW_KINDS],
      ['reviewStatus', REVIEW_STATUSES],
      ['reviewOutcome', REVIEW_OUTCOMES],
      ['reviewSubjectType', REVIEW_SUBJECT_TYPES],
      ['supervisionMethod', SUPERVISION_METHODS],
      ['riskLevel', RISK_LEVELS],
      ['dueState', DUE_STATES],
      ['checklistAnswer', CHECKLIST_ANSWERS],
      ['reviewFindingSeverity', REVIEW_FINDING_SEVERITIES],
      ['reminderStatus', REMINDER_STATUSES],
      ['reminderSubjectType', REMINDER_SUBJECT_TYPES],
      ['riskFactor', ['DATA_CATEGORY', 'DATA_SUBJECTS', 'THIRD_COUNTRY', 'TRANSFER_STATUS', 'CHAIN_DEPTH', 'SERVICE_KIND']],
      ['mailTransport', ['SMTP', 'DEMO_SINK', 'NONE']],
      ['locale', ['da', 'en']],
      ['findingCode', ['SUPERVISION_OVERDUE']],
    ];
    for (const map of [daLeaves, enLeaves]) {
      for (const [group, values] of groups) for (const value of values) expect(map.has(`tilsyn.enums.${group}.${value}`), `${group}.${value}`).toBe(true);
      for (const transport of ['SMTP', 'DEMO_SINK', 'NONE']) expect(map.has(`tilsyn.settings.mail_transport_help.${transport}`), transport).toBe(true);
      for (const reason of ['ENDS', 'REVIEW_DUE']) expect(map.has(`tilsyn.renewals.reasons.${reason}`), reason).toBe(true);
      for (const gap of ['answer', 'note', 'method', 'evidence', 'outcome', 'actions', 'action_ownerId', 'action_dueOn', 'action_description', 'other']) {
        expect(map.has(`tilsyn.reviews.gaps.${gap}`), gap).toBe(true);
      }
    }
    expect(daLeaves.get('tilsyn.enums.supervisionMethod.AUDIT_REPORT')).toBe('Revisorerklæring (ISAE 3000/3402)');
    expect(daLeaves.get('tilsyn.enums.supervisionMethod.QUESTIONNAIRE')).toBe('Spørgeskema');
    expect(daLeaves.get('tilsyn.enums.supervisionMethod.INSPECTION')).toBe('Fysisk tilsyn');
    expect(daLeaves.get('tilsyn.enums.supervisionMethod.SELF_ASSESSMENT')).toBe('Selvevaluering');
    expect([...RISK_LEVELS].map((l) => daLeaves.get(`tilsyn.enums.riskLevel.${l}`))).toEqual(['Lav', 'Middel', 'Høj', 'Kritisk']);
    expect([...DUE_STATES].map((s) => daLeaves.get(`tilsyn.enums.dueState.${s}`))).toEqual(['Planlagt', 'Forfalder snart', 'Overskredet']);
    expect([...CHECKLIST_ANSWERS].map((a) => daLeaves.get(`tilsyn.enums.checklistAnswer.${a}`))).toEqual(['Ja', 'Nej', 'Ikke relevant']);
    expect(daLeaves.get('resources.Review.name')).toBe('Gennemgang |||| Gennemgange');
    expect(daLeaves.get('resources.Reminder.name')).toBe('Påmindelse |||| Påmindelser');
    expect(daLeaves.get('tilsyn.menu.renewals')).toBe('Fornyelser');
    expect(daLeaves.get('tilsyn.menu.sent_mail')).toBe('Sendt post');
  });

  it('labels every value of erasure requests, notices and their messages', () => {
    const groups: [string, readonly string[]][] = [
      ['erasureSource', ERASURE_SOURCES],
      ['erasureGround', ERASURE_GROUNDS],
      ['erasureRequestStatus', ERASURE_REQUEST_STATUSES],
      ['erasureDecision', ERASURE_DECISIONS],
      ['erasureRefusalBasis', ERASURE_REFUSAL_BASES],
      ['erasureNoticeStatus', ERASURE_NOTICE_STATUSES],
      ['erasureAnswer', ERASURE_ANSWERS],
      ['erasureAnswerSource', ERASURE_ANSWER_SOURCES],
      ['erasureRecipientReason', ERASURE_RECIPIENT_REASONS],
      ['erasureSkipReason', ERASURE_SKIP_REASONS],
      ['erasureDispatchKind', ERASURE_DISPATCH_KINDS],
      ['erasureDispatchStatus', ERASURE_DISPATCH_STATUSES],
      ['erasureLegalBasis', ['PROCESSOR_INSTRUCTION', 'ART_19_NOTICE']],
      ['erasureRecipientKind', ['PRIMARY', 'FALLBACK', 'REVIEWERS']],
      ['erasureNextAction', ['REMINDER', 'ESCALATION']],
    ];
    for (const map of [daLeaves, enLeaves]) {
      for (const [group, values] of groups) for (const value of values) expect(map.has(`tilsyn.enums.${group}.${value}`), `${group}.${value}`).toBe(true);
      for (const reason of ['DUPLICATE', 'UNKNOWN_ID', 'EXPIRED']) expect(map.get(`tilsyn.input_reasons.${reason}`), reason).toContain('%{field}');
    }
    // Art. 17(1)(a)–(f) and 17(3)(a)–(e) name their letter in both languages.
    expect([...ERASURE_GROUNDS].map((g) => enLeaves.get(`tilsyn.enums.erasureGround.${g}`)?.slice(0, 13))).toEqual(['a', 'b', 'c', 'd', 'e', 'f'].map((l) => `Art. 17(1)(${l})`));
    expect([...ERASURE_GROUNDS].map((g) => daLeaves.get(`tilsyn.enums.erasureGround.${g}`)?.split(':')[0])).toEqual(['a', 'b', 'c', 'd', 'e', 'f'].map((l) => `Art. 17, stk. 1, litra ${l}`));
    expect(daLeaves.get('tilsyn.enums.erasureRefusalBasis.LEGAL_CLAIMS')).toMatch(/^Art\. 17, stk\. 3, litra e/);
    expect(enLeaves.get('tilsyn.enums.erasureRefusalBasis.LEGAL_OBLIGATION_TO_RETAIN')).toMatch(/^Art\. 17\(3\)\(b\)/);
    expect(daLeaves.get('tilsyn.menu.erasure')).toBe('Sletning');
    expect(enLeaves.get('tilsyn.menu.erasure')).toBe('Erasure');
    expect(daLeaves.get('tilsyn.menu.erasure_notices')).toBe('Udestående underretninger');
    expect(enLeaves.get('tilsyn.menu.erasure_notices')).toBe('Outstanding notices');
    expect(daLeaves.get('tilsyn.erasure.reveal_identifiers')).toBe('Vis identifikatorer');
    expect(daLeaves.get('tilsyn.erasure.statement.button')).toBe('Modtagerliste til den registrerede (art. 19)');
    expect(daLeaves.get('tilsyn.erasure.messages.help')).toBeDefined();
    expect(daLeaves.get('tilsyn.erasure.settings.title')).toBe('Sletning');
    expect(daLeaves.get('tilsyn.erasure.run_follow_up')).toBe('Kør opfølgning nu');
  });

  it('states the completion-anchored rule in words, in both languages', () => {
    expect(daLeaves.get('tilsyn.reviews.rule')).toContain('Næste gennemgang planlægges fra den dag, denne godkendes, plus intervallet (%{smart_count} måneder)');
    expect(enLeaves.get('tilsyn.reviews.rule')).toContain('The next review is scheduled from the day this one is approved, plus the interval (%{smart_count} months)');
    expect(enLeaves.get('tilsyn.reviews.four_eyes')).toBe('You wrote in this review – another reviewer must approve (four eyes).');
  });

  it('marks the categories that need more than an ordinary basis', () => {
    expect(daLeaves.get('tilsyn.enums.dataCategory.HEALTH')).toContain('art. 9');
    expect(daLeaves.get('tilsyn.enums.dataCategory.CRIMINAL')).toContain('art. 10');
    expect(daLeaves.get('tilsyn.enums.dataCategory.CPR')).toContain('§ 11');
    expect(enLeaves.get('tilsyn.enums.dataCategory.HEALTH')).toContain('Art. 9');
    expect(enLeaves.get('tilsyn.enums.dataCategory.CRIMINAL')).toContain('Art. 10');
  });

  it('reuses the domain sentences for findings and clauses', () => {
    expect(daLeaves.get('tilsyn.findings.DPA_MISSING')).toMatch(/ingen gældende databehandleraftale/);
    expect(enLeaves.get('tilsyn.clauses.ART28_3_G.title')).toBe('(g) Deletion or return at the end');
    expect(daLeaves.get('tilsyn.input_reasons.CYCLE')).toMatch(/underdatabehandler/);
    expect(enLeaves.get('tilsyn.input_reasons.INVALID_FILE')).toBe('%{field}: only PDF or DOCX files up to 20 MB.');
  });

  it('names the DPA resource in the menu', () => {
    expect(daLeaves.get('resources.Agreement.name')).toBe('Databehandleraftale |||| Databehandleraftaler');
    expect(enLeaves.get('resources.Agreement.name')).toBe('Data processing agreement |||| Data processing agreements');
  });

  it('has the Danish role names the agencies use', () => {
    expect(daLeaves.get('tilsyn.enums.role.ADMIN')).toBe('Administrator');
    expect(daLeaves.get('tilsyn.enums.role.VENDOR_MANAGER')).toBe('Leverandøransvarlig');
    expect(daLeaves.get('tilsyn.enums.role.REVIEWER')).toBe('Databeskyttelsesrådgiver (DPO)');
    expect(daLeaves.get('tilsyn.enums.role.AUDITOR')).toBe('Revisor (kun læse)');
  });

  it('turns the domain placeholders into polyglot ones', () => {
    expect(daLeaves.get('tilsyn.input_reasons.TOO_LONG')).toBe('%{field} er for lang (højst %{max} tegn).');
  });

  it('translates react-admin built-ins into Danish, not English', () => {
    const same = [...daLeaves]
      .filter(([path, value]) => path.startsWith('ra.') && value === enLeaves.get(path) && value.trim() !== '')
      .map(([path]) => path);
    // Strings that are the same word in both languages, or pure placeholders.
    const allowed = new Set(['ra.page.edit', 'ra.page.list', 'ra.page.show', 'ra.navigation.page_range_info', 'ra.auth.email']);
    expect(same.filter((p) => !allowed.has(p))).toEqual([]);
  });
});
