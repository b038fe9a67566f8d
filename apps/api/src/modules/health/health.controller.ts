import { Controller, Get, Inject, Res } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { Public } from '../../common/access.decorators.js';
import { APP_CONFIG } from '../../common/clock.js';
import type { AppConfig } from '../../config/config.js';
import { hasPendingMigrations } from '../../database/migrate.js';
import { UserEntity } from '../users/user.entity.js';
import { prototypesIntact } from './process-integrity.js';

/** An address no account can have (RFC 2606 `.invalid`): the readiness probe's sign-in look-up. */
const PROBE_EMAIL = 'readiness-probe@tilsyn.invalid';

class ProbeTimeout extends Error {}

function within<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new ProbeTimeout()), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

@Controller('health')
export class HealthController {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** The process is up and sound; 503 when it can never serve again (a polluted prototype), so a supervisor restarts it. */
  @Public()
  @Get('live')
  live(@Res() res: Response) {
    res.setHeader('Cache-Control', 'no-store');
    if (!prototypesIntact()) {
      res.status(503).json({ status: 'broken', process: 'prototype_polluted' });
      return;
    }
    res.status(200).json({ status: 'ok' });
  }

  /**
   * Ready for traffic: the process is sound, the database answers, a sign-in's user look-up works
   * through the same ORM path as `login`, and every migration is applied — all within
   * READINESS_TIMEOUT_MS, so a frozen database or an exhausted pool answers 503 at once instead of
   * hanging the probe.
   */
  @Public()
  @Get('ready')
  async ready(@Res() res: Response) {
    res.setHeader('Cache-Control', 'no-store');
    if (!prototypesIntact()) {
      res.status(503).json({ status: 'unavailable', process: 'prototype_polluted' });
      return;
    }
    let step = 'database' as 'database' | 'sign_in' | 'migrations';
    try {
      await within(
        (async () => {
          await this.dataSource.query('SELECT 1');
          step = 'sign_in';
          await this.dataSource.getRepository(UserEntity).findOneBy({ email: PROBE_EMAIL });
          step = 'migrations';
          if (await hasPendingMigrations(this.dataSource)) throw new Error('pending migrations');
        })(),
        this.config.database.readinessTimeoutMs,
      );
      res.status(200).json({ status: 'ok', database: 'ok', signIn: 'ok', migrations: 'applied' });
    } catch (error) {
      const failed = step === 'database' ? { database: error instanceof ProbeTimeout ? 'timeout' : 'unreachable' } : step === 'sign_in' ? { database: 'ok', signIn: error instanceof ProbeTimeout ? 'timeout' : 'failing' } : { database: 'ok', signIn: 'ok', migrations: error instanceof ProbeTimeout ? 'timeout' : 'pending' };
      res.status(503).setHeader('Retry-After', '5').json({ status: 'unavailable', ...failed });
    }
  }
}
