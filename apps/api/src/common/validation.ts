import { ValidationPipe, type PipeTransform, type ValidationError } from '@nestjs/common';
import { getMetadataStorage } from 'class-validator';
import { INPUT_REASONS, type InputReason } from '@tilsyn/domain';
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
  // The same reason the input guard gives an ID that is not a UUID (graphql/input-guard.plugin.ts).
  isUuid: 'INVALID_ID',
};

interface Leaf {
  field: string;
  constraint: string;
  context?: Record<string, unknown>;
  target?: object;
  property: string;
}

function firstLeaf(error: ValidationError, prefix = ''): Leaf {
  const field = prefix ? `${prefix}.${error.property}` : error.property;
  if (error.constraints && Object.keys(error.constraints).length > 0) {
    const constraint = Object.keys(error.constraints)[0];
    return { field, constraint, context: error.contexts?.[constraint] as Record<string, unknown> | undefined, target: error.target, property: error.property };
  }
  return firstLeaf(error.children![0], field);
}

/**
 * The bounds a number field declares with @Min/@Max, so the message can say them ("between 1 and
 * 60", "at least 1"): read from class-validator's own metadata, not repeated at each decorator.
 */
function boundsOf(leaf: Leaf): { min?: number; max?: number } {
  if (!leaf.target) return {};
  const metas = getMetadataStorage().getTargetValidationMetadatas(leaf.target.constructor, '', true, false);
  const bound = (name: 'min' | 'max') => metas.find((m) => m.propertyName === leaf.property && m.name === name)?.constraints?.[0] as number | undefined;
  return { min: bound('min'), max: bound('max') };
}

function reasonOf(leaf: Leaf, params: Record<string, string | number>): InputReason {
  // A decorator may name its own reason: `@Matches(…, { context: { reason: 'UNKNOWN_SORT_FIELD' } })`.
  const own = leaf.context?.reason;
  if (typeof own === 'string' && (INPUT_REASONS as readonly string[]).includes(own)) return own as InputReason;
  if (leaf.constraint !== 'min' && leaf.constraint !== 'max') return REASONS[leaf.constraint] ?? 'INVALID_VALUE';
  const { min, max } = boundsOf(leaf);
  if (min !== undefined) params.min ??= min;
  if (max !== undefined) params.max ??= max;
  if (params.min !== undefined && params.max !== undefined) return 'OUT_OF_RANGE';
  if (params.min !== undefined) return 'AT_LEAST';
  return params.max !== undefined ? 'AT_MOST' : 'INVALID_VALUE';
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
    // The target lets the factory read a field's declared bounds; it never leaves the server.
    validationError: { target: true, value: false },
    exceptionFactory: (errors) => {
      const leaf = firstLeaf(errors[0]);
      const params: Record<string, string | number> = {};
      if (leaf.context) for (const [k, v] of Object.entries(leaf.context)) if (k !== 'reason' && (typeof v === 'string' || typeof v === 'number')) params[k] = v;
      return DomainException.badInput(leaf.field, reasonOf(leaf, params), params);
    },
  });
}

/**
 * `filter: null` means "no filter", as leaving it out does. Services default a missing filter to
 * `{}`, but a default parameter does not replace null, so `allProcessors(filter: null)` answered
 * INTERNAL_SERVER_ERROR on 14 lists. Runs before validation, for every argument object.
 */
export class NullFilterPipe implements PipeTransform {
  transform(value: unknown): unknown {
    if (value && typeof value === 'object' && !Array.isArray(value) && Object.hasOwn(value, 'filter') && (value as { filter: unknown }).filter === null) {
      const { filter: _omitted, ...rest } = value as Record<string, unknown>;
      return rest;
    }
    return value;
  }
}
