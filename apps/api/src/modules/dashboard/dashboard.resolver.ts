import { Query, Resolver } from '@nestjs/graphql';
import { Allow } from '../../common/access.decorators.js';
import type { RequestMeta } from '../../common/actor.js';
import { Meta } from '../../common/current.decorators.js';
import { DashboardChartsModel } from './dashboard.model.js';
import { DashboardService } from './dashboard.service.js';

/** A fifth of the default complexity limit (5,000): at most four in one operation. */
export const DASHBOARD_CHARTS_COST = 1000;

/** The home page's charts (issue 7). Every signed-in role reads them. */
@Resolver()
export class DashboardResolver {
  constructor(private readonly dashboard: DashboardService) {}

  @Allow('processor.read')
  @Query(() => DashboardChartsModel, {
    // Heavy (past snapshots): a real cost in the complexity limit, so one query holds few of them.
    complexity: DASHBOARD_CHARTS_COST,
    description: "Today's processors by risk level and status, transfers by tool and status, DPAs by status, and the open findings at each of the last twelve month ends.",
  })
  dashboardCharts(@Meta() meta: RequestMeta) {
    return this.dashboard.charts(meta);
  }
}
