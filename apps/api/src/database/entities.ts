import { ApiTokenEntity } from '../modules/api-tokens/api-token.entity.js';
import { AuditEventDetailEntity, AuditEventEntity } from '../modules/audit/audit-event.entity.js';
import { SetupTokenEntity } from '../modules/auth/setup-token.entity.js';
import { ProcessorEntity } from '../modules/processors/processor.entity.js';
import { UserEntity } from '../modules/users/user.entity.js';

export const ENTITIES = [ProcessorEntity, UserEntity, ApiTokenEntity, SetupTokenEntity, AuditEventEntity, AuditEventDetailEntity];
