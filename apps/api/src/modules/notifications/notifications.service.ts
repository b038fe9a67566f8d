import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Clock } from '@tilsyn/domain';
import { DataSource, In, IsNull, type EntityManager } from 'typeorm';
import { requirePermission } from '../../common/access.js';
import type { RequestMeta } from '../../common/actor.js';
import { CLOCK } from '../../common/clock.js';
import { DomainException } from '../../common/domain-exception.js';
import { NotificationEntity } from './notification.entity.js';
import type { NotificationModel } from './notification.model.js';

export interface NewNotification {
  kind: string;
  subjectType: string;
  subjectId: string | null;
  titleDa: string;
  titleEn: string;
  details: Record<string, unknown>;
}

/**
 * In-app notifications. Written inside the caller's transaction, so a notice exists exactly when
 * the change that caused it does; e-mail delivery comes with the reminders (issue 5).
 */
@Injectable()
export class NotificationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** One notice to each active user among `userIds` (duplicates and deactivated users dropped). */
  async notify(em: EntityManager, userIds: readonly (string | null | undefined)[], n: NewNotification): Promise<number> {
    const ids = [...new Set(userIds.filter((id): id is string => !!id))];
    if (ids.length === 0) return 0;
    const active = (await em.query('SELECT id FROM app_user WHERE id = ANY($1::uuid[]) AND active', [ids])) as { id: string }[];
    if (active.length === 0) return 0;
    const now = this.clock.now();
    await em.save(active.map((u) => em.create(NotificationEntity, { userId: u.id, ...n, createdAt: now, readAt: null })));
    return active.length;
  }

  /**
   * Like `notify`, but an unread notice of the same kind about the same subject is brought up to
   * date (title, details, time) instead of a second one being added.
   */
  async notifyReplacingUnread(em: EntityManager, userIds: readonly (string | null | undefined)[], n: NewNotification): Promise<number> {
    const ids = [...new Set(userIds.filter((id): id is string => !!id))];
    if (ids.length === 0) return 0;
    const now = this.clock.now();
    const updated = (await em.query(
      `UPDATE notification SET title_da = $4, title_en = $5, details = $6, created_at = $7
        WHERE user_id = ANY($1::uuid[]) AND kind = $2 AND subject_id = $3 AND read_at IS NULL
        RETURNING user_id`,
      [ids, n.kind, n.subjectId, n.titleDa, n.titleEn, JSON.stringify(n.details), now],
    )) as [{ user_id: string }[], number];
    const done = new Set(updated[0].map((r) => r.user_id));
    return done.size + (await this.notify(em, ids.filter((id) => !done.has(id)), n));
  }

  toModel(n: NotificationEntity, locale: 'da' | 'en'): NotificationModel {
    return { ...n, title: locale === 'en' ? n.titleEn : n.titleDa };
  }

  async mine(meta: RequestMeta, unreadOnly: boolean, limit: number): Promise<NotificationModel[]> {
    const actor = requirePermission(meta, 'self.read');
    if (actor.type !== 'USER') return [];
    const rows = await this.dataSource.getRepository(NotificationEntity).find({
      where: { userId: actor.id, ...(unreadOnly ? { readAt: IsNull() } : {}) },
      order: { createdAt: 'DESC', id: 'ASC' },
      take: limit,
    });
    return rows.map((r) => this.toModel(r, meta.locale));
  }

  async unreadCount(meta: RequestMeta): Promise<number> {
    const actor = requirePermission(meta, 'self.read');
    if (actor.type !== 'USER') return 0;
    return this.dataSource.getRepository(NotificationEntity).countBy({ userId: actor.id, readAt: IsNull() });
  }

  /** Marks the caller's own notices read; another user's id is NOT_FOUND (it is not theirs to see). */
  async markRead(meta: RequestMeta, ids: readonly string[] | null): Promise<number> {
    const actor = requirePermission(meta, 'self.write');
    const repo = this.dataSource.getRepository(NotificationEntity);
    if (ids) {
      const found = await repo.countBy({ id: In([...ids]), userId: actor.id });
      if (found !== ids.length) throw DomainException.notFound('Notification');
    }
    const result = await repo.update({ userId: actor.id, readAt: IsNull(), ...(ids ? { id: In([...ids]) } : {}) }, { readAt: this.clock.now() });
    return result.affected ?? 0;
  }
}
