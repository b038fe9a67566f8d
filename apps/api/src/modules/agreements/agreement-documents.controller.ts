import { Controller, Get, Param, ParseUUIDPipe, Put, Req, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Allow } from '../../common/access.decorators.js';
import { metaOf, type TilsynRequest } from '../../common/actor.js';
import { DomainException } from '../../common/domain-exception.js';
import { AgreementsService } from './agreements.service.js';
import { MAX_DOCUMENT_BYTES } from './document-type.js';
import { readBody } from '../../common/read-body.js';

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
    if (req.headers['x-tilsyn-upload'] !== '1') throw DomainException.badInput('X-Tilsyn-Upload', 'REQUIRED');
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > MAX_DOCUMENT_BYTES) {
      res.setHeader('Connection', 'close');
      throw new DomainException('PAYLOAD_TOO_LARGE');
    }
    const content = await readBody(req, MAX_DOCUMENT_BYTES);
    const rawName = String(req.headers['x-file-name'] ?? '');
    let fileName = rawName;
    try {
      fileName = decodeURIComponent(rawName);
    } catch {
      // keep the raw header
    }
    const doc = await this.agreements.uploadDocument(metaOf(req), id, fileName, content);
    res.status(201).json({ fileName: doc.fileName, contentType: doc.contentType, sizeBytes: doc.sizeBytes, sha256: doc.sha256, uploadedAt: doc.uploadedAt });
  }

  @Allow('agreement.read')
  @Get(':id/document')
  async download(@Param('id', new ParseUUIDPipe()) id: string, @Req() req: TilsynRequest, @Res() res: Response) {
    const doc = await this.agreements.downloadDocument(metaOf(req), id);
    res.setHeader('Content-Type', doc.contentType);
    res.setHeader('Content-Length', String(doc.sizeBytes));
    res.setHeader('Content-Disposition', `attachment; filename="${doc.fileName.replace(/[^\x20-\x7e]|"/g, '_')}"; filename*=UTF-8''${encodeURIComponent(doc.fileName)}`);
    res.setHeader('X-Content-SHA256', doc.sha256);
    res.setHeader('Cache-Control', 'no-store');
    res.end(doc.content);
  }
}
