import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { AgreementDocumentsController } from './agreement-documents.controller.js';
import { AgreementsResolver } from './agreements.resolver.js';
import { AgreementsService } from './agreements.service.js';

@Module({ imports: [AuditModule], controllers: [AgreementDocumentsController], providers: [AgreementsService, AgreementsResolver], exports: [AgreementsService] })
export class AgreementsModule {}
