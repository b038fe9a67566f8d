import type { Response } from 'express';
import type { TilsynRequest } from '../common/actor.js';
import type { ApiLoaders } from './loaders.js';

export interface GqlContext {
  req: TilsynRequest;
  res: Response;
  loaders: ApiLoaders;
}
