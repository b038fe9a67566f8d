import { HttpError } from 'react-admin';

/**
 * The field errors of a thrown HttpError in react-admin's Form shape (`{ field: message }`,
 * without the root message), for a form's onSubmit to return so the inputs are highlighted.
 */
export function fieldErrorsOf(error: unknown): Record<string, unknown> | undefined {
  const errors = error instanceof HttpError ? (error.body as { errors?: Record<string, unknown> } | undefined)?.errors : undefined;
  if (!errors) return undefined;
  const { root: _root, ...onInputs } = errors;
  return Object.keys(onInputs).length > 0 ? onInputs : undefined;
}
