import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { ErasureResolver } from './erasure.resolver.js';
import { ErasureService } from './erasure.service.js';

@Module({
  imports: [AuditModule],
  providers: [ErasureService, ErasureResolver],
  exports: [ErasureService],
})
export class ErasureModule {}
