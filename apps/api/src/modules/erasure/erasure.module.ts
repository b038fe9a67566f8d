import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { MailModule } from '../mail/mail.module.js';
import { NotificationsModule } from '../notifications/notifications.module.js';
import { ErasureAnswerController, ErasureWebhookController } from './erasure-answer.controller.js';
import { ErasureDeliveryService } from './erasure-delivery.service.js';
import { ErasureLedgerService } from './erasure-ledger.service.js';
import { ErasureResolver } from './erasure.resolver.js';
import { ErasureService } from './erasure.service.js';

@Module({
  imports: [AuditModule, NotificationsModule, MailModule],
  controllers: [ErasureAnswerController, ErasureWebhookController],
  providers: [ErasureService, ErasureDeliveryService, ErasureLedgerService, ErasureResolver],
  exports: [ErasureService, ErasureDeliveryService, ErasureLedgerService],
})
export class ErasureModule {}
