import { Controller, Get, HttpCode, Res } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { Public } from '../../common/access.decorators.js';
import { hasPendingMigrations } from '../../database/migrate.js';

@Controller('health')
export class HealthController {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The process is up. */
  @Public()
  @Get('live')
  @HttpCode(200)
  live() {
    return { status: 'ok' };
  }

  /** Ready for traffic: the database answers and every migration is applied. */
  @Public()
  @Get('ready')
  async ready(@Res() res: Response) {
    try {
      await this.dataSource.query('SELECT 1');
      if (await hasPendingMigrations(this.dataSource)) {
        res.status(503).json({ status: 'unavailable', database: 'ok', migrations: 'pending' });
        return;
      }
      res.status(200).json({ status: 'ok', database: 'ok', migrations: 'applied' });
    } catch {
      res.status(503).json({ status: 'unavailable', database: 'unreachable' });
    }
  }
}
