import { describe, expect, it } from 'vitest';
import { assessSubprocessorLink, type SubprocessorLinkFacts } from './assess-link';

const general: SubprocessorLinkFacts = { regime: 'GENERAL', noticeDays: 30, notifiedOn: '2026-03-01' };

describe('GENERAL authorisation: the objection window', () => {
  it.each<[string, Partial<SubprocessorLinkFacts>, string, boolean, string[]]>([
    ['notified, not used, inside the window', {}, '2026-03-15', false, []],
    ['last day of the window (notice + 30 is the first authorised day)', {}, '2026-03-30', false, []],
    ['first authorised day', {}, '2026-03-31', true, []],
    ['used on the first authorised day', { firstUsedOn: '2026-03-31' }, '2026-04-10', true, []],
    ['used one day early, window still open', { firstUsedOn: '2026-03-30' }, '2026-03-30', false, ['SUBPROCESSOR_ENGAGED_BEFORE_OBJECTION_WINDOW:BLOCKER']],
    ['used one day early, seen after the window', { firstUsedOn: '2026-03-30' }, '2026-04-10', true, ['SUBPROCESSOR_ENGAGED_BEFORE_OBJECTION_WINDOW:WARNING']],
    ['approved early, used after approval', { approvedOn: '2026-03-05', firstUsedOn: '2026-03-06' }, '2026-03-10', true, []],
    ['objected inside the window, not used', { objectedOn: '2026-03-10' }, '2026-04-10', false, ['SUBPROCESSOR_REJECTED:WARNING']],
    ['objected and used anyway', { objectedOn: '2026-03-10', firstUsedOn: '2026-04-01' }, '2026-04-10', false, ['SUBPROCESSOR_REJECTED:BLOCKER']],
    ['objection dated after asOf does not count yet', { objectedOn: '2026-04-20' }, '2026-04-10', true, []],
    ['used with no notice at all', { notifiedOn: null, firstUsedOn: '2026-02-01' }, '2026-03-01', false, ['UNAUTHORISED_SUBPROCESSOR:BLOCKER']],
  ])('%s', (_, patch, asOf, authorised, findings) => {
    const result = assessSubprocessorLink({ ...general, ...patch }, asOf);
    expect(result.authorised).toBe(authorised);
    expect(result.findings.map((f) => `${f.code}:${f.severity}`)).toEqual(findings);
  });

  it('reports the objection deadline', () => {
    expect(assessSubprocessorLink(general, '2026-03-02').objectionDeadline).toBe('2026-03-31');
  });
});

describe('SPECIFIC authorisation', () => {
  it.each<[string, Partial<SubprocessorLinkFacts>, string, boolean, string[]]>([
    ['approved, in use', { approvedOn: '2026-01-01', firstUsedOn: '2026-01-02' }, '2026-02-01', true, []],
    ['in use without approval', { firstUsedOn: '2026-01-02' }, '2026-02-01', false, ['UNAUTHORISED_SUBPROCESSOR:BLOCKER']],
    ['approval dated after asOf', { approvedOn: '2026-03-01', firstUsedOn: '2026-01-02' }, '2026-02-01', false, ['UNAUTHORISED_SUBPROCESSOR:BLOCKER']],
    ['not yet used, not approved', {}, '2026-02-01', false, []],
    ['objected', { objectedOn: '2026-01-05' }, '2026-02-01', false, ['SUBPROCESSOR_REJECTED:WARNING']],
  ])('%s', (_, patch, asOf, authorised, findings) => {
    const result = assessSubprocessorLink({ regime: 'SPECIFIC', ...patch }, asOf);
    expect(result.authorised).toBe(authorised);
    expect(result.findings.map((f) => `${f.code}:${f.severity}`)).toEqual(findings);
  });
});
