import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { ComplianceModule } from '../compliance/compliance.module.js';
import { MailModule } from '../mail/mail.module.js';
import { NotificationsModule } from '../notifications/notifications.module.js';
import { RemindersService } from './reminders.service.js';
import { ReviewDocumentsController } from './review-documents.controller.js';
import { ReviewsResolver } from './reviews.resolver.js';
import { ReviewsService } from './reviews.service.js';
import { SupervisionService } from './supervision.service.js';

@Module({
  imports: [AuditModule, ComplianceModule, NotificationsModule, MailModule],
  controllers: [ReviewDocumentsController],
  providers: [ReviewsService, SupervisionService, RemindersService, ReviewsResolver],
  exports: [ReviewsService, SupervisionService, RemindersService],
})
export class ReviewsModule {}
