import type { FieldProblem, Translate } from '../providers/api-errors';

/**
 * The API answers a wrong current password (and a new password equal to the old one) with
 * BAD_USER_INPUT … INVALID_VALUE; "har en værdi, der ikke er tilladt" says too little there.
 */
export function refinePasswordErrors(
  fields: readonly FieldProblem[],
  errors: Record<string, unknown>,
  translate: Translate,
): Record<string, unknown> {
  const refined: Record<string, unknown> = { ...errors };
  let first: string | null = null;
  for (const problem of fields) {
    let message: string | null = null;
    if (problem.field === 'currentPassword' && problem.reason === 'INVALID_VALUE') message = translate('tilsyn.auth.wrong_current_password');
    if (problem.field === 'newPassword' && problem.reason === 'INVALID_VALUE') message = translate('tilsyn.auth.same_password');
    if (message) {
      refined[problem.field] = message;
      first ??= message;
    }
  }
  if (first) refined.root = { serverError: first };
  return refined;
}
