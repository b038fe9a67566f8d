import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../config.js';

describe('loadConfig', () => {
  it('has safe defaults for a demo start', () => {
    const config = loadConfig({}, '/srv/tilsyn');
    expect(config).toMatchObject({ mode: 'demo', port: 3000, dataDir: '/srv/tilsyn/.data', sessionIdleMinutes: 30, sessionAbsoluteHours: 8, loginMaxFailures: 5, cookieSecure: 'auto' });
  });

  it('is production when NODE_ENV=production, and then needs a session secret', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/SESSION_SECRET/);
    expect(loadConfig({ NODE_ENV: 'production', SESSION_SECRET: 's'.repeat(32) }).mode).toBe('production');
  });

  it.each([
    [{ PORT: 'eighty' }, /PORT/],
    [{ PORT: '70000' }, /PORT/],
    [{ SESSION_IDLE_MINUTES: '0' }, /SESSION_IDLE_MINUTES/],
    [{ TILSYN_MODE: 'staging' }, /TILSYN_MODE/],
    [{ COOKIE_SECURE: 'maybe' }, /COOKIE_SECURE/],
    [{ TRUST_PROXY: 'perhaps' }, /TRUST_PROXY/],
    [{ SESSION_SECRET: 'short' }, /SESSION_SECRET/],
  ])('names the variable when %j is wrong', (env, name) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(name);
  });
});
