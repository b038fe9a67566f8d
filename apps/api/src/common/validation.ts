import { ValidationPipe, type ValidationError } from '@nestjs/common';
import type { InputReason } from '@tilsyn/domain';
import { DomainException } from './domain-exception.js';

/** class-validator constraint → the reason the admin translates. */
const REASONS: Record<string, InputReason> = {
  maxLength: 'TOO_LONG',
  minLength: 'TOO_SHORT',
  isNotEmpty: 'REQUIRED',
  isDefined: 'REQUIRED',
  isEmail: 'INVALID_EMAIL',
  isUrl: 'INVALID_URL',
  isIn: 'INVALID_VALUE',
  isEnum: 'INVALID_VALUE',
  min: 'OUT_OF_RANGE',
  max: 'OUT_OF_RANGE',
  isInt: 'INVALID_VALUE',
  arrayMaxSize: 'TOO_LONG',
  isUuid: 'INVALID_VALUE',
};

function firstLeaf(error: ValidationError, prefix = ''): { field: string; constraint: string; context?: Record<string, unknown> } {
  const field = prefix ? `${prefix}.${error.property}` : error.property;
  if (error.constraints && Object.keys(error.constraints).length > 0) {
    const constraint = Object.keys(error.constraints)[0];
    return { field, constraint, context: error.contexts?.[constraint] as Record<string, unknown> | undefined };
  }
  return firstLeaf(error.children![0], field);
}

/**
 * Shape validation of every GraphQL argument: unknown properties are refused, and the first
 * problem becomes BAD_USER_INPUT naming the field.
 */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    transform: true,
    whitelist: true,
    forbidNonWhitelisted: true,
    stopAtFirstError: true,
    exceptionFactory: (errors) => {
      const leaf = firstLeaf(errors[0]);
      const params: Record<string, string | number> = {};
      if (leaf.context) for (const [k, v] of Object.entries(leaf.context)) if (typeof v === 'string' || typeof v === 'number') params[k] = v;
      return DomainException.badInput(leaf.field, REASONS[leaf.constraint] ?? 'INVALID_VALUE', params);
    },
  });
}
