import { Driver } from 'neo4j-driver';

/**
 * Connections the driver has lent out right now (sessions holding one). neo4j-driver has no public metric for it, so
 * this reads its pool's `_activeResourceCounts` (neo4j-driver-core internal/pool/pool.js); it throws when the
 * internals move, so a test can never pass by reading nothing.
 */
export function connectionsInUse(driver: Driver): number {
  const provider = (
    driver as unknown as {
      _connectionProvider?: { _connectionPool?: { _activeResourceCounts?: Record<string, number> } };
    }
  )._connectionProvider;
  const counts = provider?._connectionPool?._activeResourceCounts;
  if (!counts)
    throw new Error('neo4j-driver internals changed: no _connectionProvider._connectionPool._activeResourceCounts');
  return Object.values(counts).reduce((sum, count) => sum + count, 0);
}
