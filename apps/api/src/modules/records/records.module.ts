import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { ClientEngagementsResolver } from './client-engagements.resolver.js';
import { ClientEngagementsService } from './client-engagements.service.js';
import { ProcessingActivitiesResolver } from './processing-activities.resolver.js';
import { ProcessingActivitiesService } from './processing-activities.service.js';
import { RetentionRulesResolver } from './retention-rules.resolver.js';
import { RetentionRulesService } from './retention-rules.service.js';

/** The records of processing (Art. 30, issue 7): processing activities with their retention rules, and client engagements. */
@Module({
  imports: [AuditModule],
  providers: [ProcessingActivitiesService, ProcessingActivitiesResolver, RetentionRulesService, RetentionRulesResolver, ClientEngagementsService, ClientEngagementsResolver],
  exports: [ProcessingActivitiesService, RetentionRulesService, ClientEngagementsService],
})
export class RecordsModule {}
