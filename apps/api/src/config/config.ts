import path from 'node:path';

/**
 * Every setting Tilsyn reads, in one place, validated at boot. Documented in README.md
 * ("Settings"); a wrong value stops the start with a message naming the variable.
 */
export interface AppConfig {
  /** `demo` loads the demo register and demo users on first start; `production` never does. */
  mode: 'demo' | 'production';
  port: number;
  host: string | undefined;
  /** External PostgreSQL; when absent an embedded server is started under dataDir. */
  databaseUrl: string | undefined;
  dataDir: string;
  /** Where the erasure ledger is mirrored outside the database (issue 6, R19). */
  ledgerDir: string;
  embeddedPgPort: number;
  sessionSecret: string | undefined;
  /** The keys for data subjects' identifiers (issue 6): a file, or JSON in TILSYN_KEYRING; else keyring.json in dataDir. */
  keyringFile: string | undefined;
  keyringJson: string | undefined;
  sessionIdleMinutes: number;
  sessionAbsoluteHours: number;
  /** Secure cookies: `auto` sets Secure when the request arrived over TLS (trust proxy on). */
  cookieSecure: 'auto' | boolean;
  trustProxy: boolean;
  loginMaxFailures: number;
  loginLockMinutes: number;
  logLevel: string;
  adminDistDir: string;
  publicUrl: string | undefined;
  initialAdminEmail: string | undefined;
  initialAdminPassword: string | undefined;
  graphql: { maxDepth: number; maxAliases: number; maxComplexity: number; bodyLimit: string; batchBodyLimit: string };
  /** Reports, charts and past-day snapshots at once in this process, how many may wait, and for how long (issue 15). */
  heavyWork: { concurrency: number; maxQueued: number; maxWaitMs: number };
  /** The pool and its time-outs: a frozen or overloaded database gives 503 in bounded time, never a hang. */
  database: { poolSize: number; connectTimeoutMs: number; statementTimeoutMs: number; queryTimeoutMs: number; readinessTimeoutMs: number };
  /** Anonymous requests per client address and minute in this process (sign-in and the public pages have their own limits). */
  anonymousRequestsPerMinute: number;
  /** Failed sign-ins from one client address, over every account, before that address waits (password spraying). */
  signInAddressMaxFailures: number;
  signInAddressWindowMinutes: number;
  /** Background jobs (reminder scans and sends) in this process; off in most integration tests. */
  jobs: boolean;
  /** A test-only settable clock shared through the database; refused in production. */
  testClock: boolean;
  /** Outgoing mail; absent in demo mode means the embedded SMTP sink. */
  smtpUrl: string | undefined;
  mail: {
    /** nodemailer's time-outs, kept below the job's expiry so a slow server never causes a second send (reliability.md A2). */
    connectionTimeoutMs: number;
    greetingTimeoutMs: number;
    socketTimeoutMs: number;
  };
  erasure: {
    /** Notices of one processor that arise within this many seconds go out as one digest. */
    digestDelaySeconds: number;
    /** The most cases in one digest (a larger batch becomes several). */
    digestMaxNotices: number;
  };
  reminders: {
    /** A send job not finished in this time is taken to have died and is retried. */
    expireInSeconds: number;
    /** Attempts after the first for a temporary failure (4xx, time-out, connection refused). */
    retryLimit: number;
    /** First retry delay; it doubles with each attempt (pg-boss retryBackoff). */
    retryDelaySeconds: number;
    pollingIntervalSeconds: number;
    /** The daily scan, in Europe/Copenhagen time (cron). */
    scanCron: string;
  };
}

export class ConfigError extends Error {}

function int(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(`${name} must be a whole number between ${min} and ${max} (got "${raw}")`);
  }
  return value;
}

function bool(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (['1', 'true', 'yes'].includes(raw.toLowerCase())) return true;
  if (['0', 'false', 'no'].includes(raw.toLowerCase())) return false;
  throw new ConfigError(`${name} must be true or false (got "${raw}")`);
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): AppConfig {
  const mode = env.TILSYN_MODE ?? (env.NODE_ENV === 'production' ? 'production' : 'demo');
  if (mode !== 'demo' && mode !== 'production') throw new ConfigError(`TILSYN_MODE must be demo or production (got "${mode}")`);
  const secure = env.COOKIE_SECURE ?? 'auto';
  if (!['auto', 'true', 'false'].includes(secure)) throw new ConfigError(`COOKIE_SECURE must be auto, true or false (got "${secure}")`);
  if (mode === 'production' && !env.SESSION_SECRET) {
    throw new ConfigError('SESSION_SECRET must be set in production (a random string of at least 32 characters)');
  }
  if (env.SESSION_SECRET && env.SESSION_SECRET.length < 32) throw new ConfigError('SESSION_SECRET must be at least 32 characters');
  const testClock = bool(env, 'TILSYN_TEST_CLOCK', false);
  if (testClock && mode === 'production') throw new ConfigError('TILSYN_TEST_CLOCK is for tests only and cannot be used in production mode');
  const mail = {
    connectionTimeoutMs: int(env, 'SMTP_CONNECTION_TIMEOUT_MS', 10_000, 100, 600_000),
    greetingTimeoutMs: int(env, 'SMTP_GREETING_TIMEOUT_MS', 10_000, 100, 600_000),
    socketTimeoutMs: int(env, 'SMTP_SOCKET_TIMEOUT_MS', 20_000, 100, 600_000),
  };
  const expireInSeconds = int(env, 'REMINDER_JOB_EXPIRE_SECONDS', 120, 1, 86_400);
  if ((mail.connectionTimeoutMs + mail.greetingTimeoutMs + mail.socketTimeoutMs) / 1000 >= expireInSeconds) {
    throw new ConfigError(`REMINDER_JOB_EXPIRE_SECONDS (${expireInSeconds}) must be longer than the SMTP time-outs together, or a slow server would cause a second send`);
  }
  if (env.SMTP_URL && !/^smtps?:\/\//.test(env.SMTP_URL)) throw new ConfigError('SMTP_URL must start with smtp:// or smtps://');
  return {
    mode,
    jobs: bool(env, 'TILSYN_JOBS', true),
    testClock,
    smtpUrl: env.SMTP_URL || undefined,
    mail,
    reminders: {
      expireInSeconds,
      retryLimit: int(env, 'REMINDER_RETRY_LIMIT', 6, 0, 50),
      retryDelaySeconds: int(env, 'REMINDER_RETRY_DELAY_SECONDS', 60, 1, 86_400),
      pollingIntervalSeconds: int(env, 'JOB_POLLING_SECONDS', 2, 1, 600),
      scanCron: env.REMINDER_SCAN_CRON ?? '0 6 * * *',
    },
    port: int(env, 'PORT', 3000, 0, 65535),
    host: env.HOST || undefined,
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: path.resolve(cwd, env.TILSYN_DATA_DIR ?? '.data'),
    ledgerDir: path.resolve(cwd, env.TILSYN_LEDGER_DIR ?? path.join(env.TILSYN_DATA_DIR ?? '.data', 'ledger')),
    erasure: {
      digestDelaySeconds: int(env, 'ERASURE_DIGEST_DELAY_SECONDS', mode === 'demo' ? 5 : 60, 0, 86_400),
      digestMaxNotices: int(env, 'ERASURE_DIGEST_MAX_NOTICES', 5000, 1, 100_000),
    },
    embeddedPgPort: int(env, 'EMBEDDED_PG_PORT', 54329, 1024, 65535),
    sessionSecret: env.SESSION_SECRET || undefined,
    keyringFile: env.TILSYN_KEYRING_FILE ? path.resolve(cwd, env.TILSYN_KEYRING_FILE) : undefined,
    keyringJson: env.TILSYN_KEYRING || undefined,
    sessionIdleMinutes: int(env, 'SESSION_IDLE_MINUTES', 30, 1, 24 * 60),
    sessionAbsoluteHours: int(env, 'SESSION_ABSOLUTE_HOURS', 8, 1, 24 * 7),
    cookieSecure: secure === 'auto' ? 'auto' : secure === 'true',
    trustProxy: bool(env, 'TRUST_PROXY', false),
    loginMaxFailures: int(env, 'LOGIN_MAX_FAILURES', 5, 1, 100),
    loginLockMinutes: int(env, 'LOGIN_LOCK_MINUTES', 15, 1, 24 * 60),
    logLevel: env.LOG_LEVEL ?? 'info',
    adminDistDir: path.resolve(env.ADMIN_DIST_DIR ?? path.join(import.meta.dirname, '..', '..', '..', 'admin', 'dist')),
    publicUrl: env.PUBLIC_URL || undefined,
    initialAdminEmail: env.INITIAL_ADMIN_EMAIL || undefined,
    initialAdminPassword: env.INITIAL_ADMIN_PASSWORD || undefined,
    graphql: {
      maxDepth: int(env, 'GRAPHQL_MAX_DEPTH', 8, 2, 50),
      maxAliases: int(env, 'GRAPHQL_MAX_ALIASES', 15, 1, 1000),
      maxComplexity: int(env, 'GRAPHQL_MAX_COMPLEXITY', 5000, 10, 1_000_000),
      bodyLimit: env.BODY_LIMIT ?? '100kb',
      // Only for a caller allowed to file erasure requests (5,000 in one fileErasureRequests call).
      batchBodyLimit: env.BATCH_BODY_LIMIT ?? '4mb',
    },
    heavyWork: {
      concurrency: int(env, 'HEAVY_WORK_CONCURRENCY', 2, 1, 64),
      maxQueued: int(env, 'HEAVY_WORK_QUEUE', 8, 0, 1000),
      maxWaitMs: int(env, 'HEAVY_WORK_WAIT_MS', 30_000, 100, 600_000),
    },
    database: {
      poolSize: int(env, 'DATABASE_POOL_SIZE', 10, 2, 200),
      connectTimeoutMs: int(env, 'DATABASE_CONNECT_TIMEOUT_MS', 5_000, 100, 120_000),
      statementTimeoutMs: int(env, 'DATABASE_STATEMENT_TIMEOUT_MS', 60_000, 1_000, 3_600_000),
      queryTimeoutMs: int(env, 'DATABASE_QUERY_TIMEOUT_MS', 65_000, 1_000, 3_600_000),
      readinessTimeoutMs: int(env, 'READINESS_TIMEOUT_MS', 2_000, 100, 60_000),
    },
    anonymousRequestsPerMinute: int(env, 'ANONYMOUS_REQUESTS_PER_MINUTE', 120, 1, 1_000_000),
    signInAddressMaxFailures: int(env, 'SIGN_IN_ADDRESS_MAX_FAILURES', 20, 1, 10_000),
    signInAddressWindowMinutes: int(env, 'SIGN_IN_ADDRESS_WINDOW_MINUTES', 15, 1, 24 * 60),
  };
}
