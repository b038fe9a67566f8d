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
  embeddedPgPort: number;
  sessionSecret: string | undefined;
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
  graphql: { maxDepth: number; maxAliases: number; maxComplexity: number; bodyLimit: string };
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
  return {
    mode,
    port: int(env, 'PORT', 3000, 0, 65535),
    host: env.HOST || undefined,
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: path.resolve(cwd, env.TILSYN_DATA_DIR ?? '.data'),
    embeddedPgPort: int(env, 'EMBEDDED_PG_PORT', 54329, 1024, 65535),
    sessionSecret: env.SESSION_SECRET || undefined,
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
    },
  };
}
