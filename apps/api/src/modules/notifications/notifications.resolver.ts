import { Args, ArgsType, Field, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { ArrayMaxSize, IsBoolean, IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';
import type { RequestMeta } from '../../common/actor.js';
import { Allow } from '../../common/access.decorators.js';
import { Meta } from '../../common/current.decorators.js';
import { NotificationModel } from './notification.model.js';
import { NotificationsService } from './notifications.service.js';

@ArgsType()
class MyNotificationsArgs {
  @Field({ nullable: true }) @IsOptional() @IsBoolean() unreadOnly?: boolean;
  @Field(() => Int, { nullable: true, description: 'At most 100 (default 25).' }) @IsOptional() @IsInt() @Min(1) @Max(100) limit?: number;
}

@ArgsType()
class MarkReadArgs {
  @Field(() => [ID], { nullable: true, description: 'Left out: all of mine.' }) @IsOptional() @ArrayMaxSize(100) @IsUUID('all', { each: true }) ids?: string[] | null;
}

@Resolver(() => NotificationModel)
export class NotificationsResolver {
  constructor(private readonly notifications: NotificationsService) {}

  @Allow('self.read')
  @Query(() => [NotificationModel], { description: "The signed-in user's notifications, newest first." })
  myNotifications(@Meta() meta: RequestMeta, @Args() args: MyNotificationsArgs) {
    return this.notifications.mine(meta, args.unreadOnly ?? false, args.limit ?? 25);
  }

  @Allow('self.read')
  @Query(() => Int, { description: 'How many of my notifications are unread.' })
  myUnreadNotificationCount(@Meta() meta: RequestMeta) {
    return this.notifications.unreadCount(meta);
  }

  @Allow('self.write')
  @Mutation(() => Int, { description: 'Marks my notifications read; returns how many changed.' })
  markNotificationsRead(@Meta() meta: RequestMeta, @Args() args: MarkReadArgs) {
    return this.notifications.markRead(meta, args.ids ?? null);
  }
}
