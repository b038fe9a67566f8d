import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { SubprocessorLinksResolver } from './subprocessor-links.resolver.js';
import { SubprocessorLinksService } from './subprocessor-links.service.js';

@Module({ imports: [AuditModule], providers: [SubprocessorLinksService, SubprocessorLinksResolver], exports: [SubprocessorLinksService] })
export class SubprocessorsModule {}
