// A fresh context per request: the store and that request's loaders, so a
// cached record never outlives the request that read it.
import { initContextCache } from '@pothos/core';
import { DEFAULT_HOME_CITY } from '../config.ts';
import type { GraphStore } from '../graph/store.ts';
import { createLoaders, type Loaders } from './loaders.ts';

export interface ApiContext {
  store: GraphStore;
  loaders: Loaders;
  /** The paper's city (北京): ranks the bodies that share a short name. */
  homeCity: string;
}

export function createContext(store: GraphStore, homeCity: string = DEFAULT_HOME_CITY): ApiContext {
  // initContextCache keeps the Pothos loader cache when the server copies the context.
  return { ...initContextCache(), store, loaders: createLoaders(store), homeCity };
}
