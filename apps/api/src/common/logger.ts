import pino, { type Logger } from 'pino';

/**
 * Structured JSON logs. Never log a request body, a CPR number, a data subject's name or e-mail:
 * log ids, codes and counts (reliability.md A3, ASVS 16.2.5).
 */
export function createLogger(level = process.env.LOG_LEVEL ?? 'info'): Logger {
  return pino({
    level,
    base: { app: 'tilsyn' },
    timestamp: pino.stdTimeFunctions.isoTime,
    redact: { paths: ['password', '*.password', 'token', '*.token', 'email', '*.email', 'req.headers.cookie', 'req.headers.authorization'], remove: true },
  });
}
