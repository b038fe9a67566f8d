import { Controller, Get, Param, Query, Req, Res } from '@nestjs/common';
import { REPORT_SLUGS, type CsvSeparator, type ReportKind } from '@tilsyn/domain';
import type { Response } from 'express';
import { Allow } from '../../common/access.decorators.js';
import { metaOf, type TilsynRequest } from '../../common/actor.js';
import { DomainException } from '../../common/domain-exception.js';
import { ReportsService, type ProducedFile } from './reports.service.js';

type ReportQuery = { format?: string; lang?: string; asOf?: string; from?: string; to?: string; sep?: string };

function one(value: unknown, field: string): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || value.length > 40) throw DomainException.badInput(field, 'INVALID_VALUE');
  return value;
}

function send(res: Response, file: ProducedFile): void {
  res.setHeader('Content-Type', file.contentType);
  res.setHeader('Content-Length', String(file.content.length));
  res.setHeader('Content-Disposition', `attachment; filename="${file.fileName}"`);
  res.setHeader('X-Content-SHA256', file.sha256);
  res.setHeader('X-Report-Run', file.runId);
  res.setHeader('Cache-Control', 'no-store');
  res.end(file.content);
}

/**
 * Report downloads (issue 7). GET, because producing a report changes nothing in the register;
 * it is audited and its hash stored, like a sign-in. A browser link downloads the file.
 *   GET /api/reports/inspection-pack?asOf=2026-03-01&lang=da
 *   GET /api/reports/<art30-controller|art30-processor|transfers|dpa-gaps|supervision|erasure>?format=pdf|csv&lang=da|en&asOf=&from=&to=&sep=;|,
 */
@Controller('api/reports')
export class ReportsController {
  constructor(private readonly reports: ReportsService) {}

  @Allow('report.produce')
  @Get('inspection-pack')
  async pack(@Query() query: ReportQuery, @Req() req: TilsynRequest, @Res() res: Response) {
    const lang = one(query.lang, 'lang') ?? metaOf(req).locale;
    send(res, await this.reports.inspectionPack(metaOf(req), { asOf: one(query.asOf, 'asOf'), locale: lang as 'da' | 'en' }));
  }

  @Allow('report.produce')
  @Get(':slug')
  async report(@Param('slug') slug: string, @Query() query: ReportQuery, @Req() req: TilsynRequest, @Res() res: Response) {
    const kind = (Object.entries(REPORT_SLUGS) as [ReportKind, string][]).find(([, s]) => s === slug)?.[0];
    if (!kind) throw DomainException.notFound('Report');
    const meta = metaOf(req);
    const file = await this.reports.produce(meta, {
      kind,
      format: (one(query.format, 'format') ?? 'pdf').toUpperCase() as 'PDF' | 'CSV',
      locale: (one(query.lang, 'lang') ?? meta.locale) as 'da' | 'en',
      asOf: one(query.asOf, 'asOf'),
      from: one(query.from, 'from'),
      to: one(query.to, 'to'),
      separator: (one(query.sep, 'sep') ?? null) as CsvSeparator | null,
    });
    send(res, file);
  }
}
