import { Module } from '@nestjs/common';
import { ComplianceResolver } from './compliance.resolver.js';
import { ComplianceService } from './compliance.service.js';

@Module({ providers: [ComplianceService, ComplianceResolver], exports: [ComplianceService] })
export class ComplianceModule {}
