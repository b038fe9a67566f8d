import { Query, Resolver } from '@nestjs/graphql';
import { Allow } from '../../common/access.decorators.js';
import type { RequestMeta } from '../../common/actor.js';
import { Meta } from '../../common/current.decorators.js';
import { DashboardChartsModel } from './dashboard.model.js';
import { DashboardService } from './dashboard.service.js';

/** The home page's charts (issue 7). Every signed-in role reads them. */
@Resolver()
export class DashboardResolver {
  constructor(private readonly dashboard: DashboardService) {}

  @Allow('processor.read')
  @Query(() => DashboardChartsModel, { description: "Today's processors by risk level and status, transfers by tool and status, DPAs by status, and the open findings at each of the last twelve month ends." })
  dashboardCharts(@Meta() meta: RequestMeta) {
    return this.dashboard.charts(meta);
  }
}
