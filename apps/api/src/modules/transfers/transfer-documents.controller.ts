import { Controller, Get, Param, ParseUUIDPipe, Put, Req, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Allow } from '../../common/access.decorators.js';
import { metaOf, type TilsynRequest } from '../../common/actor.js';
import { readUpload } from '../../common/read-body.js';
import { MAX_DOCUMENT_BYTES, sendDocument } from '../agreements/document-type.js';
import { TransfersService } from './transfers.service.js';

/**
 * Evidence for a transfer: PUT a raw file (PDF or DOCX, ≤ 20 MB) to add one, GET one back. The
 * custom header on PUT keeps cross-site forms out (CSRF), as for DPA documents.
 */
@Controller('api/transfers')
export class TransferDocumentsController {
  constructor(private readonly transfers: TransfersService) {}

  @Allow('transfer.write')
  @Put(':id/documents')
  async upload(@Param('id', new ParseUUIDPipe()) id: string, @Req() req: TilsynRequest, @Res() res: Response) {
    const { content, fileName } = await readUpload(req, MAX_DOCUMENT_BYTES);
    const doc = await this.transfers.uploadDocument(metaOf(req), id, fileName, content);
    res.status(201).json({ id: doc.id, fileName: doc.fileName, contentType: doc.contentType, sizeBytes: doc.sizeBytes, sha256: doc.sha256, uploadedAt: doc.uploadedAt });
  }

  @Allow('transfer.read')
  @Get(':id/documents/:documentId')
  async download(@Param('id', new ParseUUIDPipe()) id: string, @Param('documentId', new ParseUUIDPipe()) documentId: string, @Req() req: TilsynRequest, @Res() res: Response) {
    const doc = await this.transfers.downloadDocument(metaOf(req), id, documentId);
    sendDocument(res, doc);
  }
}
