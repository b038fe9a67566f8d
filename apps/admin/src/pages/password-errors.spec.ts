import { describe, expect, it } from 'vitest';
import { refinePasswordErrors } from './password-errors';
import { makeTranslate } from '../i18n/test-translate';
import { da } from '../i18n/da';

const t = makeTranslate(da);

describe('refinePasswordErrors', () => {
  it('says the current password is wrong', () => {
    const errors = refinePasswordErrors([{ field: 'currentPassword', reason: 'INVALID_VALUE', params: {} }], { currentPassword: 'x' }, t);
    expect(errors).toEqual({
      currentPassword: 'Den nuværende adgangskode er forkert.',
      root: { serverError: 'Den nuværende adgangskode er forkert.' },
    });
  });

  it('says the new password must differ', () => {
    const errors = refinePasswordErrors([{ field: 'newPassword', reason: 'INVALID_VALUE', params: {} }], {}, t);
    expect(errors.newPassword).toBe('Den nye adgangskode skal være forskellig fra den nuværende.');
  });

  it('leaves other problems as the provider translated them', () => {
    const given = { newPassword: 'Ny adgangskode er for kort (mindst 12 tegn).', root: { serverError: 'Ny adgangskode er for kort (mindst 12 tegn).' } };
    expect(refinePasswordErrors([{ field: 'newPassword', reason: 'TOO_SHORT', params: { min: 12 } }], given, t)).toEqual(given);
  });
});
