import { Controller, Get, Param, ParseUUIDPipe, Put, Req, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Allow } from '../../common/access.decorators.js';
import { metaOf, type TilsynRequest } from '../../common/actor.js';
import { readUpload } from '../../common/read-body.js';
import { MAX_DOCUMENT_BYTES, sendDocument } from '../agreements/document-type.js';
import { ReviewsService } from './reviews.service.js';

/** Evidence for a review (the audit report, the answers): PUT a PDF or DOCX to add one, GET it back. */
@Controller('api/reviews')
export class ReviewDocumentsController {
  constructor(private readonly reviews: ReviewsService) {}

  @Allow('review.write')
  @Put(':id/documents')
  async upload(@Param('id', new ParseUUIDPipe()) id: string, @Req() req: TilsynRequest, @Res() res: Response) {
    const { content, fileName } = await readUpload(req, MAX_DOCUMENT_BYTES);
    const doc = await this.reviews.uploadDocument(metaOf(req), id, fileName, content);
    res.status(201).json({ id: doc.id, fileName: doc.fileName, contentType: doc.contentType, sizeBytes: doc.sizeBytes, sha256: doc.sha256, uploadedAt: doc.uploadedAt });
  }

  @Allow('review.read')
  @Get(':id/documents/:documentId')
  async download(@Param('id', new ParseUUIDPipe()) id: string, @Param('documentId', new ParseUUIDPipe()) documentId: string, @Req() req: TilsynRequest, @Res() res: Response) {
    sendDocument(res, await this.reviews.downloadDocument(metaOf(req), id, documentId));
  }
}
