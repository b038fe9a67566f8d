import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { ReportFormatEnum, ReportRunKindEnum } from '../../graphql/enums.js';
import type { ReportFormat, ReportRunKind } from '@tilsyn/domain';

@ObjectType('ReportRun', { description: 'One produced report file: who produced which report for which day, and the SHA-256 of the file handed out.' })
export class ReportRunModel {
  @Field(() => ID)
  id: string;

  @Field(() => ReportRunKindEnum)
  kind: ReportRunKind;

  @Field(() => ReportFormatEnum)
  format: ReportFormat;

  @Field({ description: 'da or en.' })
  locale: string;

  @Field(() => String, { nullable: true, description: 'The CSV separator.' })
  separator: string | null;

  @Field({ description: 'The day the report describes (the register as recorded at its end).' })
  asOf: string;

  @Field(() => String, { nullable: true })
  periodFrom: string | null;

  @Field(() => String, { nullable: true })
  periodTo: string | null;

  @Field({ description: 'USER or TOKEN.' })
  actorType: string;

  @Field(() => String, { nullable: true, description: 'The user or API token that produced it.' })
  actorId: string | null;

  @Field(() => String, { nullable: true, description: 'Name of the user who produced it.' })
  producedByName?: string | null;

  @Field()
  producedAt: Date;

  @Field()
  fileName: string;

  @Field(() => Int)
  bytes: number;

  @Field({ description: 'SHA-256 of the file, hex.' })
  sha256: string;

  @Field(() => Int, { nullable: true, description: 'The last audit event recorded by the end of the as-of day.' })
  auditSeq: number | null;

  @Field(() => ID, { description: 'The audit event recording the production.' })
  auditEventId: string;
}
