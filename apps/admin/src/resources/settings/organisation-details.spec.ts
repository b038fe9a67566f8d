import { describe, expect, it } from 'vitest';
import { organisationDetailsDraft, parseOrganisationDetails } from './organisation-details';

const saved = {
  organisationName: 'Nordisk Inkasso A/S',
  organisationRegistrationNumber: '12345678',
  organisationAddress: 'Havnegade 1\n1058 København K',
  organisationEmail: 'privacy@inkasso.example',
  organisationPhone: '',
  dpoName: 'Dorte Poulsen',
  dpoEmail: 'dpo@inkasso.example',
  dpoPhone: '',
  jointControllers: '',
  securityMeasures: 'Kryptering',
  version: 4,
};

describe('parseOrganisationDetails', () => {
  it('answers the trimmed details without the version', () => {
    const draft = { ...organisationDetailsDraft(saved), dpoName: '  Dorte Poulsen ' };
    expect(parseOrganisationDetails(draft)).toEqual({ ok: true, value: { ...organisationDetailsDraft(saved), dpoName: 'Dorte Poulsen' } });
  });

  it('names each field that is not valid, as the API does', () => {
    const draft = { ...organisationDetailsDraft(saved), organisationName: ' ', dpoEmail: 'dpo at inkasso', organisationPhone: '1'.repeat(51), organisationEmail: '' };
    expect(parseOrganisationDetails(draft)).toEqual({
      ok: false,
      problems: { organisationName: { key: 'required' }, dpoEmail: { key: 'invalid_email' }, organisationPhone: { key: 'too_long', max: 50 } },
    });
  });
});
