import { MAX_PAGE_SIZE } from '../../common/list-args.js';
import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { RequestMeta } from '../../common/actor.js';
import { Allow } from '../../common/access.decorators.js';
import { Meta } from '../../common/current.decorators.js';
import { IdArgs } from '../../common/dto/id.args.js';
import { ListMetadata } from '../../common/list-metadata.model.js';
import { CreateUserArgs, UpdateUserArgs, UserListArgs } from './dto/user.args.js';
import { toUserModel } from './user.mapper.js';
import { PasswordResetModel, UserChoiceModel, UserModel } from './user.model.js';
import { UsersService } from './users.service.js';

@Resolver(() => UserModel)
export class UsersResolver {
  constructor(private readonly users: UsersService) {}

  @Allow('user.read')
  @Query(() => UserModel, { name: 'User', nullable: true })
  async user(@Meta() meta: RequestMeta, @Args() { id }: IdArgs) {
    return toUserModel(await this.users.get(meta, id));
  }

  @Allow('user.read')
  @Query(() => [UserModel], { name: 'allUsers', complexity: ({ args, childComplexity }) => Math.min(args.perPage ?? 25, MAX_PAGE_SIZE) * childComplexity })
  async allUsers(@Meta() meta: RequestMeta, @Args() args: UserListArgs) {
    return (await this.users.list(meta, args)).map((u) => toUserModel(u));
  }

  @Allow('user.read')
  @Query(() => ListMetadata, { name: '_allUsersMeta' })
  async allUsersMeta(@Meta() meta: RequestMeta, @Args() args: UserListArgs): Promise<ListMetadata> {
    return { count: await this.users.count(meta, args.filter) };
  }

  @Allow('processor.read')
  @Query(() => [UserChoiceModel], { description: 'Active users as id and name, e.g. to pick a processor owner (no e-mail, no role).' })
  userChoices() {
    return this.users.choices();
  }

  @Allow('user.manage')
  @Mutation(() => UserModel, { description: 'Creates a user; the answer carries a one-time password to hand over.' })
  async createUser(@Meta() meta: RequestMeta, @Args() args: CreateUserArgs) {
    const { user, temporaryPassword } = await this.users.create(meta, args);
    return toUserModel(user, temporaryPassword);
  }

  @Allow('user.manage')
  @Mutation(() => UserModel, { description: 'Renames a user or changes the role (ends the user’s sessions).' })
  async updateUser(@Meta() meta: RequestMeta, @Args() args: UpdateUserArgs) {
    return toUserModel(await this.users.update(meta, args));
  }

  @Allow('user.manage')
  @Mutation(() => UserModel, { description: 'Stops a user from signing in and ends all the user’s sessions.' })
  async deactivateUser(@Meta() meta: RequestMeta, @Args() { id }: IdArgs) {
    return toUserModel(await this.users.setActive(meta, id, false));
  }

  @Allow('user.manage')
  @Mutation(() => UserModel)
  async reactivateUser(@Meta() meta: RequestMeta, @Args() { id }: IdArgs) {
    return toUserModel(await this.users.setActive(meta, id, true));
  }

  @Allow('user.manage')
  @Mutation(() => PasswordResetModel, { description: 'Issues a one-time password and ends the user’s sessions.' })
  async resetUserPassword(@Meta() meta: RequestMeta, @Args() { id }: IdArgs): Promise<PasswordResetModel> {
    return { temporaryPassword: await this.users.resetPassword(meta, id) };
  }
}
