import type { UserEntity } from './user.entity.js';
import type { UserModel } from './user.model.js';

export function toUserModel(entity: UserEntity, temporaryPassword: string | null = null): UserModel {
  return {
    id: entity.id,
    email: entity.email,
    name: entity.name,
    role: entity.role,
    locale: entity.locale,
    active: entity.active,
    lockedUntil: entity.lockedUntil,
    lastSignInAt: entity.lastSignInAt,
    mustChangePassword: entity.mustChangePassword,
    createdAt: entity.createdAt,
    version: entity.version,
    temporaryPassword,
  };
}
