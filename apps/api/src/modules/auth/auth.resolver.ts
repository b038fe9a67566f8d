import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { RequestMeta } from '../../common/actor.js';
import { Allow, Public } from '../../common/access.decorators.js';
import { Meta } from '../../common/current.decorators.js';
import { DomainException } from '../../common/domain-exception.js';
import type { GqlContext } from '../../graphql/context.js';
import { CurrentUserModel } from '../users/user.model.js';
import type { UserEntity } from '../users/user.entity.js';
import { AuthService } from './auth.service.js';
import { ChangeOwnPasswordArgs, CompleteSetupArgs, LoginArgs } from './auth.model.js';

function toCurrentUser(user: Pick<UserEntity, 'id' | 'email' | 'name' | 'role' | 'mustChangePassword'>): CurrentUserModel {
  return { id: user.id, email: user.email, name: user.name, role: user.role, mustChangePassword: user.mustChangePassword };
}

@Resolver()
export class AuthResolver {
  constructor(private readonly auth: AuthService) {}

  @Public()
  @Query(() => CurrentUserModel, { nullable: true, description: 'The signed-in user, or null.' })
  async me(@Context() ctx: GqlContext): Promise<CurrentUserModel | null> {
    const actor = ctx.req.actor;
    if (!actor || actor.type !== 'USER') return null;
    return this.auth.currentUser(actor.id).then((u) => (u ? toCurrentUser(u) : null));
  }

  @Public()
  @Query(() => Boolean, { description: 'True until the first administrator has been created (production setup).' })
  setupRequired(): Promise<boolean> {
    return this.auth.setupRequired();
  }

  @Public()
  @Mutation(() => CurrentUserModel, { description: 'Signs in and sets the session cookie. INVALID_CREDENTIALS says nothing more.' })
  async login(@Context() ctx: GqlContext, @Args() args: LoginArgs): Promise<CurrentUserModel> {
    return toCurrentUser(await this.auth.signIn(ctx.req, args.email, args.password));
  }

  @Allow('self.read', { duringPasswordChange: true })
  @Mutation(() => Boolean, { description: 'Ends this session on the server.' })
  async logout(@Context() ctx: GqlContext): Promise<boolean> {
    await this.auth.signOut(ctx.req);
    return true;
  }

  @Allow('self.write', { duringPasswordChange: true })
  @Mutation(() => Boolean, { description: 'Replaces the own password (at least 12 characters); other sessions end.' })
  async changeOwnPassword(@Meta() meta: RequestMeta, @Context() ctx: GqlContext, @Args() args: ChangeOwnPasswordArgs): Promise<boolean> {
    await this.auth.changeOwnPassword(meta, ctx.req, args.currentPassword, args.newPassword);
    return true;
  }

  @Public()
  @Mutation(() => CurrentUserModel, { description: 'Creates the first administrator with the one-time setup token and signs in.' })
  async completeSetup(@Context() ctx: GqlContext, @Args() args: CompleteSetupArgs): Promise<CurrentUserModel> {
    if (ctx.req.actor) throw new DomainException('FORBIDDEN');
    return toCurrentUser(await this.auth.completeSetup(ctx.req, args.token, args));
  }
}
