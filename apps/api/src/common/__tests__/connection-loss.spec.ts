import { describe, expect, it } from 'vitest';
import { isConnectionLoss } from '../connection-loss.js';

describe('isConnectionLoss (a PostgreSQL restart must not end the process, R2)', () => {
  it.each([
    ['connection refused', Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' }), true],
    ['reset', Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET' }), true],
    ['administrator shutdown', Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' }), true],
    ['connection terminated', new Error('Connection terminated unexpectedly'), true],
    ['server starting up', new Error('the database system is starting up'), true],
    ['a unique violation', Object.assign(new Error('duplicate key value violates unique constraint'), { code: '23505' }), false],
    ['a programming error', new TypeError('Cannot read properties of undefined'), false],
    ['not an error', 'ECONNREFUSED', false],
    ['nothing', null, false],
  ])('%s', (_name, error, expected) => {
    expect(isConnectionLoss(error)).toBe(expected);
  });
});
