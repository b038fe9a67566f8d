import { Global, Module, type DynamicModule } from '@nestjs/common';
import type { Clock } from '@tilsyn/domain';
import type { Logger } from 'pino';
import type { AppConfig } from '../config/config.js';
import { APP_CONFIG, CLOCK, LOGGER } from './clock.js';

/** Settings, clock and logger, provided once for every module. */
@Global()
@Module({})
export class CoreModule {
  static register(config: AppConfig, clock: Clock, logger: Logger): DynamicModule {
    return {
      module: CoreModule,
      providers: [
        { provide: APP_CONFIG, useValue: config },
        { provide: CLOCK, useValue: clock },
        { provide: LOGGER, useValue: logger },
      ],
      exports: [APP_CONFIG, CLOCK, LOGGER],
    };
  }
}
