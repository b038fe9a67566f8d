import { Field, Int, ObjectType } from '@nestjs/graphql';
import type { AgreementStatus, ProcessorStatus, RiskLevel, TransferMechanism, TransferStatus } from '@tilsyn/domain';
import { AgreementStatusEnum, ProcessorStatusEnum, RiskLevelEnum, TransferMechanismEnum, TransferStatusEnum } from '../../graphql/enums.js';

@ObjectType('ProcessorChartCell', { description: 'How many processors have this risk level and this status today (the processor list filtered on both).' })
export class ProcessorChartCellModel {
  @Field(() => RiskLevelEnum, { description: "Computed, or the reviewer's override." })
  riskLevel: RiskLevel;

  @Field(() => ProcessorStatusEnum, { description: 'Today, with the whole chain.' })
  status: ProcessorStatus;

  @Field(() => Int)
  count: number;
}

@ObjectType('TransferChartCell', { description: 'How many recorded transfers rest on this tool and have this status today.' })
export class TransferChartCellModel {
  @Field(() => TransferMechanismEnum, { nullable: true, description: 'The transfer tool; null when none is recorded.' })
  mechanism: TransferMechanism | null;

  @Field(() => TransferStatusEnum, { description: 'Today.' })
  status: TransferStatus;

  @Field(() => Int)
  count: number;
}

@ObjectType('AgreementChartCell', { description: 'How many DPA versions have this status today (the agreement list filtered on it).' })
export class AgreementChartCellModel {
  @Field(() => AgreementStatusEnum)
  status: AgreementStatus;

  @Field(() => Int)
  count: number;
}

@ObjectType('FindingsTrendPoint', { description: 'Open findings in the register as it was recorded by the end of a day.' })
export class FindingsTrendPointModel {
  @Field({ description: 'The last day of the month, or today for the current month.' })
  day: string;

  @Field(() => Int, { description: "Open BLOCKER findings: processors' own, their direct sub-processor links' and transfers', each counted once." })
  blockers: number;

  @Field(() => Int, { description: 'Open WARNING findings, counted the same way.' })
  warnings: number;

  @Field(() => Int, { description: 'Processors in the register that day (0 before anything was recorded).' })
  processors: number;
}

@ObjectType('DashboardCharts', { description: "The home page charts: today's processors, transfers and DPAs by status, and twelve months of open findings." })
export class DashboardChartsModel {
  @Field({ description: 'Today in Copenhagen: the day the counts are for.' })
  asOf: string;

  @Field(() => [ProcessorChartCellModel], { description: 'Every risk level × status, zero included.' })
  processors: ProcessorChartCellModel[];

  @Field(() => [TransferChartCellModel], { description: 'Every tool (and none) × status, zero included.' })
  transfers: TransferChartCellModel[];

  @Field(() => [AgreementChartCellModel], { description: 'Every agreement status, zero included.' })
  agreements: AgreementChartCellModel[];

  @Field(() => [FindingsTrendPointModel], { description: 'Twelve points, oldest first: the end of each of the last eleven months, then today.' })
  findingsTrend: FindingsTrendPointModel[];
}
