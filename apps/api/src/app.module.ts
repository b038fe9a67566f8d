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
import { appPoolOptions, dataSourceOptions } from './database/data-source.js';
import { ApiExceptionFilter } from './graphql/errors.js';
import { graphqlOptions } from './graphql/graphql-options.js';
import { AgreementsModule } from './modules/agreements/agreements.module.js';
import { AgreementsService } from './modules/agreements/agreements.service.js';
import { ComplianceModule } from './modules/compliance/compliance.module.js';
import { ComplianceService } from './modules/compliance/compliance.service.js';
import { ProcessorsService } from './modules/processors/processors.service.js';
import { SubprocessorLinksService } from './modules/subprocessors/subprocessor-links.service.js';
import { SubprocessorsModule } from './modules/subprocessors/subprocessors.module.js';
import { ApiTokensModule } from './modules/api-tokens/api-tokens.module.js';
import { AuditModule } from './modules/audit/audit.module.js';
import { AuditService } from './modules/audit/audit.service.js';
import { AuthModule } from './modules/auth/auth.module.js';
import { HealthModule } from './modules/health/health.module.js';
import { ProcessorsModule } from './modules/processors/processors.module.js';
import { UsersModule } from './modules/users/users.module.js';
import { NotificationsModule } from './modules/notifications/notifications.module.js';
import { ReferenceModule } from './modules/reference/reference.module.js';
import { TransfersModule } from './modules/transfers/transfers.module.js';
import { TransfersService } from './modules/transfers/transfers.service.js';
import { TiasService } from './modules/transfers/tias.service.js';
import { JobsModule } from './modules/jobs/jobs.module.js';
import { MailModule } from './modules/mail/mail.module.js';
import { ReviewsModule } from './modules/reviews/reviews.module.js';
import { ErasureModule } from './modules/erasure/erasure.module.js';
import { RecordsModule } from './modules/records/records.module.js';
import { DashboardModule } from './modules/dashboard/dashboard.module.js';
import { ReportsModule } from './modules/reports/reports.module.js';
import { UsersService } from './modules/users/users.service.js';
import './graphql/enums.js';

@Module({})
export class AppModule {
  static register(options: { config: AppConfig; clock: Clock; logger: Logger; databaseUrl: string }): DynamicModule {
    return {
      module: AppModule,
      imports: [
        CoreModule.register(options.config, options.clock, options.logger),
        JobsModule.register(options.databaseUrl),
        TypeOrmModule.forRoot(dataSourceOptions(options.databaseUrl, { extra: appPoolOptions(options.config) })),
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          imports: [AuditModule, UsersModule, ProcessorsModule, ComplianceModule, AgreementsModule, SubprocessorsModule, TransfersModule],
          inject: [APP_CONFIG, AuditService, UsersService, ProcessorsService, ComplianceService, AgreementsService, SubprocessorLinksService, TransfersService, TiasService],
          useFactory: (
            config: AppConfig,
            audit: AuditService,
            users: UsersService,
            processors: ProcessorsService,
            compliance: ComplianceService,
            agreements: AgreementsService,
            links: SubprocessorLinksService,
            transfers: TransfersService,
            tias: TiasService,
          ) => graphqlOptions(config, { audit, users, processors, compliance, agreements, links, transfers, tias }),
        }),
        AuditModule,
        UsersModule,
        ApiTokensModule,
        AuthModule,
        ProcessorsModule,
        ComplianceModule,
        SubprocessorsModule,
        AgreementsModule,
        NotificationsModule,
        ReferenceModule,
        TransfersModule,
        MailModule,
        ReviewsModule,
        ErasureModule,
        RecordsModule,
        DashboardModule,
        ReportsModule,
        HealthModule,
      ],
      providers: [
        { provide: APP_GUARD, useClass: AccessGuard },
        { provide: APP_FILTER, inject: [LOGGER], useFactory: (logger: Logger) => new ApiExceptionFilter(logger) },
      ],
    };
  }
}
