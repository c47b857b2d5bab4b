import { createRenderPool } from '../documents/render-pool';
import { poolRenderer } from './pool-renderer';
import type { BatchRenderer } from './types';

/** The command line's renderer: a worker pool with one thread per client rendered at once. */
export async function createDefaultRenderer(threads: number): Promise<BatchRenderer> {
  const pool = createRenderPool({ threads });
  return { render: poolRenderer(pool), close: () => pool.close() };
}
