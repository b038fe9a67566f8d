import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { ComplianceModule } from '../compliance/compliance.module.js';
import { NotificationsModule } from '../notifications/notifications.module.js';
import { ReferenceResolver } from './reference.resolver.js';
import { ReferenceService } from './reference.service.js';

@Module({ imports: [AuditModule, ComplianceModule, NotificationsModule], providers: [ReferenceService, ReferenceResolver], exports: [ReferenceService] })
export class ReferenceModule {}
