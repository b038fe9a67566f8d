import { describe, expect, it } from 'vitest';
import { introspectionSchema } from './schema';
import { sparseFieldsFor, type SparseField } from './sparse-fields';

const types = introspectionSchema.types;

describe('sparseFieldsFor', () => {
  it('keeps history out of processor lists', () => {
    const fields = sparseFieldsFor(types, 'Processor', 'GET_LIST') ?? [];
    expect(fields).toContain('name');
    expect(fields).toContain('version');
    expect(fields.some((f) => typeof f === 'object' && 'history' in f)).toBe(false);
  });

  it('loads the change log with all its fields on the show page and after saving', () => {
    for (const fetchType of ['GET_ONE', 'UPDATE', 'CREATE']) {
      const fields = sparseFieldsFor(types, 'Processor', fetchType) ?? [];
      const history = fields.find((f): f is Record<string, string[]> => typeof f === 'object' && 'history' in f);
      expect(history?.history).toEqual(expect.arrayContaining(['id', 'seq', 'occurredAt', 'actorName', 'action', 'changes']));
    }
  });

  it('selects the temporary password only in the createUser answer', () => {
    expect(sparseFieldsFor(types, 'User', 'CREATE')).toContain('temporaryPassword');
    for (const fetchType of ['GET_LIST', 'GET_ONE', 'UPDATE']) expect(sparseFieldsFor(types, 'User', fetchType)).not.toContain('temporaryPassword');
  });

  it('asks the processor list for today\'s status only', () => {
    const fields = sparseFieldsFor(types, 'Processor', 'GET_LIST') ?? [];
    expect(fields).toContainEqual({ compliance: ['status'] });
    for (const relation of ['agreements', 'subprocessorLinks', 'engagedBy', 'processingLocations']) {
      expect(fields.some((f) => typeof f === 'object' && relation in f), relation).toBe(false);
    }
  });

  it('loads the show page\'s relations: findings, DPA versions, links with their findings, locations', () => {
    for (const fetchType of ['GET_ONE', 'UPDATE', 'CREATE']) {
      const fields = sparseFieldsFor(types, 'Processor', fetchType) ?? [];
      const embedded = (name: string) => fields.find((f): f is Record<string, (string | Record<string, string[]>)[]> => typeof f === 'object' && name in f)?.[name];
      expect(embedded('compliance')).toEqual(expect.arrayContaining(['status', 'asOf', { own: expect.arrayContaining(['code', 'messageDa', 'pathNames', 'gaps']) }]));
      expect(embedded('agreements')).toEqual(expect.arrayContaining(['versionNo', 'status', 'gaps', 'signedOn']));
      expect(embedded('agreements')).not.toContainEqual(expect.objectContaining({ clauses: expect.anything() }));
      expect(embedded('subprocessorLinks')).toEqual(expect.arrayContaining(['subprocessorId', 'version', 'authorised', { findings: ['code', 'severity'] }]));
      expect(embedded('engagedBy')).toEqual(expect.arrayContaining(['processorId']));
      expect(embedded('processingLocations')).toEqual(expect.arrayContaining(['id', 'country', 'kind', 'description']));
    }
  });

  it('loads an agreement\'s checklist and document on its page only', () => {
    const one = sparseFieldsFor(types, 'Agreement', 'GET_ONE') ?? [];
    expect(one).toContainEqual({ clauses: expect.arrayContaining(['code', 'assessment', 'titleDa', 'explanationEn', 'needsReconfirmation']) });
    expect(one).toContainEqual({ document: expect.arrayContaining(['fileName', 'sha256', 'sizeBytes', 'uploadedAt']) });
    const list = sparseFieldsFor(types, 'Agreement', 'GET_LIST') ?? [];
    expect(list).toEqual(expect.arrayContaining(['processorId', 'status', 'gaps', 'reviewDueOn']));
    expect(list.some((f) => typeof f === 'object')).toBe(false);
  });

  it('leaves unknown resources and bulk fetch types to the provider', () => {
    expect(sparseFieldsFor(types, 'Nope', 'GET_LIST')).toBeUndefined();
    expect(sparseFieldsFor(types, 'Processor', 'DELETE_MANY')).toBeUndefined();
  });

  it('finds the provider grammar in the static schema', () => {
    const query = types.find((t) => t.name === 'Query');
    const names = query && query.kind === 'OBJECT' ? query.fields.map((f) => f.name) : [];
    for (const type of ['Processor', 'Agreement', 'User', 'ApiToken', 'AuditEvent']) {
      expect(names).toContain(type);
      expect(names).toContain(`all${type}s`);
      expect(names).toContain(`_all${type}sMeta`);
    }
    const mutation = types.find((t) => t.name === 'Mutation');
    const mutations = mutation && mutation.kind === 'OBJECT' ? mutation.fields : [];
    const update = mutations.find((f) => f.name === 'updateProcessor');
    expect(update?.args.map((a) => a.name)).toContain('version');
  });
});

describe('sparseFieldsFor transfers and TIAs', () => {
  const embedded = (fields: SparseField[], name: string) =>
    fields.find((f): f is Record<string, SparseField[]> => typeof f === 'object' && name in f)?.[name];

  it('lists transfers with today\'s status and finding codes, without relations', () => {
    const fields = sparseFieldsFor(types, 'Transfer', 'GET_LIST') ?? [];
    expect(fields).toEqual(expect.arrayContaining(['importerName', 'exporterName', 'destinationCountry', 'status', 'findingCodes', 'mechanism']));
    expect(fields.some((f) => typeof f === 'object')).toBe(false);
  });

  it('loads the transfer page: assessment with findings and remedies, evidence, TIAs, history', () => {
    const fields = sparseFieldsFor(types, 'Transfer', 'GET_ONE') ?? [];
    expect(embedded(fields, 'assessment')).toEqual(
      expect.arrayContaining(['status', 'expectedSccModule', { findings: expect.arrayContaining(['code', 'remedyDa', 'remedyEn']) }, { periodsWithoutValidMechanism: ['from', 'to'] }]),
    );
    expect(embedded(fields, 'documents')).toEqual(expect.arrayContaining(['id', 'fileName', 'sha256']));
    expect(embedded(fields, 'tias')).toEqual(expect.arrayContaining(['id', 'status', 'versionNo']));
    expect(embedded(fields, 'history')).toEqual(expect.arrayContaining(['occurredAt', 'changes']));
  });

  it("loads a TIA's guarantees and measures on its page only", () => {
    const one = sparseFieldsFor(types, 'Tia', 'GET_ONE') ?? [];
    expect(embedded(one, 'guarantees')).toEqual(expect.arrayContaining(['guarantee', 'rating', 'rationale', 'sources']));
    expect(embedded(one, 'measures')).toEqual(expect.arrayContaining(['kind', 'description', 'effective']));
    expect((sparseFieldsFor(types, 'Tia', 'GET_LIST') ?? []).some((f) => typeof f === 'object')).toBe(false);
  });
});

describe('sparseFieldsFor reviews and reminders', () => {
  const embedded = (fields: SparseField[], name: string) =>
    fields.find((f): f is Record<string, SparseField[]> => typeof f === 'object' && name in f)?.[name];

  it('lists reviews with scalars only (subject, due state, assignee, outcome)', () => {
    const fields = sparseFieldsFor(types, 'Review', 'GET_LIST') ?? [];
    expect(fields).toEqual(expect.arrayContaining(['kind', 'subjectLabel', 'processorName', 'dueOn', 'dueState', 'status', 'assigneeName', 'outcome']));
    expect(fields.some((f) => typeof f === 'object')).toBe(false);
  });

  it('loads the review page: checklist, findings, actions, evidence and reminders with recipients', () => {
    for (const fetchType of ['GET_ONE', 'UPDATE', 'CREATE']) {
      const fields = sparseFieldsFor(types, 'Review', fetchType) ?? [];
      expect(fields).toEqual(expect.arrayContaining(['submissionGaps', 'authorIds', 'version', 'nextDueOn']));
      expect(embedded(fields, 'checklist')).toEqual(expect.arrayContaining(['key', 'question', 'answer', 'note']));
      expect(embedded(fields, 'findings')).toEqual(expect.arrayContaining(['severity', 'description']));
      expect(embedded(fields, 'actions')).toEqual(expect.arrayContaining(['description', 'ownerId', 'ownerName', 'dueOn', 'doneOn']));
      expect(embedded(fields, 'documents')).toEqual(expect.arrayContaining(['id', 'fileName', 'sha256']));
      expect(embedded(fields, 'reminders')).toEqual(expect.arrayContaining(['thresholdKey', 'status', 'attempts', 'lastError', { recipients: expect.arrayContaining(['email']) }]));
    }
  });

  it('lists reminders with their recipients', () => {
    const fields = sparseFieldsFor(types, 'Reminder', 'GET_LIST') ?? [];
    expect(fields).toEqual(expect.arrayContaining(['thresholdKey', 'status', 'lastResponseCode', { recipients: expect.arrayContaining(['email', 'locale']) }]));
  });
});

describe('sparseFieldsFor erasure', () => {
  const embedded = (fields: SparseField[], name: string) =>
    fields.find((f): f is Record<string, SparseField[]> => typeof f === 'object' && name in f)?.[name];

  it('lists requests with scalars only: never the notices or the messages (one query per request)', () => {
    const fields = sparseFieldsFor(types, 'ErasureRequest', 'GET_LIST') ?? [];
    expect(fields).toEqual(expect.arrayContaining(['caseReference', 'source', 'receivedOn', 'deadlineOn', 'status', 'outstanding', 'version']));
    expect(fields.some((f) => typeof f === 'object')).toBe(false);
  });

  it('loads the request page: case recipients, exclusions, notices with their evidence, and the messages', () => {
    const fields = sparseFieldsFor(types, 'ErasureRequest', 'GET_ONE') ?? [];
    expect(embedded(fields, 'caseRecipients')).toEqual(['processorId', 'reference']);
    expect(embedded(fields, 'exclusions')).toEqual(['processorId', 'reason']);
    expect(embedded(fields, 'notices')).toEqual(
      expect.arrayContaining(['id', 'processorName', 'status', 'version', 'deadlineOn', 'answerSource', 'evidenceFileName', 'evidenceSha256', 'nextAction', 'nextActionOn']),
    );
    expect(embedded(fields, 'messages')).toEqual(expect.arrayContaining(['kind', 'recipientKind', 'status', 'attempts', 'messageId', 'expiresOn', 'lastError']));
  });

  it('never asks for the identifiers: they are not part of the type', () => {
    for (const fetchType of ['GET_LIST', 'GET_ONE']) {
      const fields = sparseFieldsFor(types, 'ErasureRequest', fetchType) ?? [];
      for (const identifier of ['cpr', 'name', 'email', 'address']) expect(fields).not.toContain(identifier);
    }
  });

  it('lists notices with their scalars', () => {
    const fields = sparseFieldsFor(types, 'ErasureNotice', 'GET_LIST') ?? [];
    expect(fields).toEqual(expect.arrayContaining(['processorName', 'caseReference', 'requestId', 'status', 'sentAt', 'nextAction', 'nextActionOn', 'remindersSent', 'escalatedAt']));
  });
});
