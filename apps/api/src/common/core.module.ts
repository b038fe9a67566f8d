import { Global, Module, type DynamicModule } from '@nestjs/common';
import type { Clock } from '@tilsyn/domain';
import type { Logger } from 'pino';
import type { AppConfig } from '../config/config.js';
import { APP_CONFIG, CLOCK, HEAVY_WORK, KEYRING, LOGGER } from './clock.js';
import { HeavyWorkLimiter } from './heavy-work.js';
import { loadKeyring } from './crypto/keyring.js';

/** Settings, clock, logger, the identifier keyring and the heavy-work limiter, provided once for every module. */
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
        { provide: HEAVY_WORK, useValue: new HeavyWorkLimiter(config.heavyWork) },
        {
          provide: KEYRING,
          useFactory: () => loadKeyring(config, (file) => logger.warn({ file }, 'a new keyring for identifiers was created; keep it outside database backups and never lose it')),
        },
      ],
      exports: [APP_CONFIG, CLOCK, LOGGER, KEYRING, HEAVY_WORK],
    };
  }
}
