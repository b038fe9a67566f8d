import { Controller, Get, Param, ParseUUIDPipe, Put, Req, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Allow } from '../../common/access.decorators.js';
import { metaOf, type TilsynRequest } from '../../common/actor.js';
import { AgreementsService } from './agreements.service.js';
import { MAX_DOCUMENT_BYTES, sendDocument } from './document-type.js';
import { readUpload } from '../../common/read-body.js';

/**
 * The signed DPA document: PUT the raw file (PDF or DOCX, ≤ 20 MB), GET it back. A custom header
 * is required on PUT so a cross-site form can never send one (CSRF; the cookie is SameSite=Strict too).
 */
@Controller('api/agreements')
export class AgreementDocumentsController {
  constructor(private readonly agreements: AgreementsService) {}

  @Allow('agreement.write')
  @Put(':id/document')
  async upload(@Param('id', new ParseUUIDPipe()) id: string, @Req() req: TilsynRequest, @Res() res: Response) {
    const { content, fileName } = await readUpload(req, MAX_DOCUMENT_BYTES);
    const doc = await this.agreements.uploadDocument(metaOf(req), id, fileName, content);
    res.status(201).json({ fileName: doc.fileName, contentType: doc.contentType, sizeBytes: doc.sizeBytes, sha256: doc.sha256, uploadedAt: doc.uploadedAt });
  }

  @Allow('agreement.read')
  @Get(':id/document')
  async download(@Param('id', new ParseUUIDPipe()) id: string, @Req() req: TilsynRequest, @Res() res: Response) {
    const doc = await this.agreements.downloadDocument(metaOf(req), id);
    sendDocument(res, doc);
  }
}
