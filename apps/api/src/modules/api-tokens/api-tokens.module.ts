import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { ApiTokensResolver } from './api-tokens.resolver.js';
import { ApiTokensService } from './api-tokens.service.js';

@Module({ imports: [AuditModule], providers: [ApiTokensService, ApiTokensResolver], exports: [ApiTokensService] })
export class ApiTokensModule {}
