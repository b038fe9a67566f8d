import type { ErrorCode, InputReason } from '@tilsyn/domain';

/**
 * The one exception services throw. `code` becomes GraphQL `extensions.code`; for bad input the
 * offending `field` and the `reason` travel too, so the admin can highlight the input and say why
 * in the user's language. Mapped to the response in graphql/format-error.ts.
 */
export class DomainException extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly detail: { field?: string; reason?: InputReason; params?: Record<string, string | number> } = {},
  ) {
    super(detail.field ? `${code}: ${detail.field}${detail.reason ? ` ${detail.reason}` : ''}` : code);
  }

  static badInput(field: string, reason: InputReason, params?: Record<string, string | number>): DomainException {
    return new DomainException('BAD_USER_INPUT', { field, reason, params });
  }
  static notFound(entity: string): DomainException {
    return new DomainException('NOT_FOUND', { field: entity });
  }
  static conflict(entity: string): DomainException {
    return new DomainException('CONFLICT', { field: entity });
  }
}
