import { Driver } from 'neo4j-driver';

/**
 * Records the text of every statement the driver sends (through sessions' managed transactions and auto-commit
 * runs), so a test can check that no client value ever became part of Cypher text. The statements still run for
 * real; only their text is copied (and their parameters into `params`, when given, at the same positions; the
 * benchmark's plans, bench/plans.ts, profile them again). Call the returned function to stop recording.
 */
export function recordStatements(driver: Driver, into: string[], params?: Array<Record<string, unknown>>): () => void {
  const original = driver.session.bind(driver);
  const patched = ((config?: Parameters<Driver['session']>[0]) => {
    const session = original(config);
    const wrapTx = <T extends { run: (...args: any[]) => any }>(tx: T): T =>
      new Proxy(tx, {
        get(target, property, receiver) {
          if (property !== 'run') return Reflect.get(target, property, receiver);
          return (query: string, ...rest: unknown[]) => {
            into.push(query);
            params?.push((rest[0] ?? {}) as Record<string, unknown>);
            return target.run(query, ...rest);
          };
        },
      });
    const executeRead = session.executeRead.bind(session);
    const executeWrite = session.executeWrite.bind(session);
    const run = session.run.bind(session);
    session.executeRead = ((work: (tx: any) => any, txConfig?: any) =>
      executeRead((tx) => work(wrapTx(tx)), txConfig)) as typeof session.executeRead;
    session.executeWrite = ((work: (tx: any) => any, txConfig?: any) =>
      executeWrite((tx) => work(wrapTx(tx)), txConfig)) as typeof session.executeWrite;
    session.run = ((query: string, ...rest: any[]) => {
      into.push(query);
      params?.push((rest[0] ?? {}) as Record<string, unknown>);
      return run(query, ...rest);
    }) as typeof session.run;
    return session;
  }) as Driver['session'];
  driver.session = patched;
  return () => {
    driver.session = original;
  };
}
