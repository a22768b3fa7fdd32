import pg from 'pg';

/**
 * A pool for a test's own queries. pg's Pool.end() resolves before its clients have closed, so the database
 * stopping right after must not surface as an uncaught error of the run.
 */
export function testPool(connectionString: string, max = 3): pg.Pool {
  const pool = new pg.Pool({ connectionString, max });
  pool.on('error', () => {});
  return pool;
}
