import { Module } from '@nestjs/common';
import { ComplianceModule } from '../compliance/compliance.module.js';
import { ReviewsModule } from '../reviews/reviews.module.js';
import { DashboardResolver } from './dashboard.resolver.js';
import { DashboardService } from './dashboard.service.js';

@Module({
  imports: [ComplianceModule, ReviewsModule],
  providers: [DashboardService, DashboardResolver],
})
export class DashboardModule {}
