import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { ComplianceModule } from '../compliance/compliance.module.js';
import { ProcessorsResolver } from './processors.resolver.js';
import { ProcessorsService } from './processors.service.js';

@Module({ imports: [AuditModule, ComplianceModule], providers: [ProcessorsService, ProcessorsResolver], exports: [ProcessorsService] })
export class ProcessorsModule {}
