import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { UsersModule } from '../users/users.module.js';
import { AuthResolver } from './auth.resolver.js';
import { AuthService } from './auth.service.js';

@Module({ imports: [AuditModule, UsersModule], providers: [AuthService, AuthResolver], exports: [AuthService] })
export class AuthModule {}
