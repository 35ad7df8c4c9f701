import { AppConfig } from '../config';
import { Executor, RoundTripCounter } from '../db/executor';
import { EntityReader } from '../graph/entity-reader';
import { EntityRepository } from '../graph/entity-repository';
import { RelationLoader } from '../graph/relation-loader';
import { ENTITY_DEFINITIONS } from '../modules/entity-definitions';

/** What every resolver receives: per-request loaders over one counting executor, and the configuration. */
export interface GraphContext {
  entities: EntityReader;
  relations: RelationLoader;
  executor: Executor;
  /** Database round trips made for this request so far. */
  roundTrips: RoundTripCounter;
  config: AppConfig;
}

/**
 * Returns the per-request context factory: fresh DataLoaders (their caches must not outlive a request) and a
 * round-trip counter, over the one shared driver held by `executor`.
 */
export function contextFactory(executor: Executor, config: AppConfig): () => GraphContext {
  return () => {
    const roundTrips = new RoundTripCounter();
    const counted = executor.withCounter(roundTrips);
    return {
      entities: new EntityReader(new EntityRepository(counted, config.maxPageSize), ENTITY_DEFINITIONS),
      relations: new RelationLoader(counted, config.maxPageSize),
      executor: counted,
      roundTrips,
      config,
    };
  };
}
