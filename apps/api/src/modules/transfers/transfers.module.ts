import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { ComplianceModule } from '../compliance/compliance.module.js';
import { NotificationsModule } from '../notifications/notifications.module.js';
import { TiasResolver } from './tias.resolver.js';
import { TiasService } from './tias.service.js';
import { TransferDocumentsController } from './transfer-documents.controller.js';
import { TransfersResolver } from './transfers.resolver.js';
import { TransfersService } from './transfers.service.js';

@Module({
  imports: [AuditModule, ComplianceModule, NotificationsModule],
  controllers: [TransferDocumentsController],
  providers: [TransfersService, TransfersResolver, TiasService, TiasResolver],
  exports: [TransfersService, TiasService],
})
export class TransfersModule {}
