import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { Module, type DynamicModule } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { Clock } from '@tilsyn/domain';
import type { Logger } from 'pino';
import { AccessGuard } from './common/access.guard.js';
import { APP_CONFIG, LOGGER } from './common/clock.js';
import { CoreModule } from './common/core.module.js';
import type { AppConfig } from './config/config.js';
import { dataSourceOptions } from './database/data-source.js';
import { ApiExceptionFilter } from './graphql/errors.js';
import { graphqlOptions } from './graphql/graphql-options.js';
import { ApiTokensModule } from './modules/api-tokens/api-tokens.module.js';
import { AuditModule } from './modules/audit/audit.module.js';
import { AuditService } from './modules/audit/audit.service.js';
import { AuthModule } from './modules/auth/auth.module.js';
import { HealthModule } from './modules/health/health.module.js';
import { ProcessorsModule } from './modules/processors/processors.module.js';
import { UsersModule } from './modules/users/users.module.js';
import { UsersService } from './modules/users/users.service.js';
import './graphql/enums.js';

@Module({})
export class AppModule {
  static register(options: { config: AppConfig; clock: Clock; logger: Logger; databaseUrl: string }): DynamicModule {
    return {
      module: AppModule,
      imports: [
        CoreModule.register(options.config, options.clock, options.logger),
        TypeOrmModule.forRoot(dataSourceOptions(options.databaseUrl)),
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          imports: [AuditModule, UsersModule],
          inject: [APP_CONFIG, AuditService, UsersService],
          useFactory: graphqlOptions,
        }),
        AuditModule,
        UsersModule,
        ApiTokensModule,
        AuthModule,
        ProcessorsModule,
        HealthModule,
      ],
      providers: [
        { provide: APP_GUARD, useClass: AccessGuard },
        { provide: APP_FILTER, inject: [LOGGER], useFactory: (logger: Logger) => new ApiExceptionFilter(logger) },
      ],
    };
  }
}
