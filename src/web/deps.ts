import type { RenderService } from '../documents/render-service';
import type { PackRegistry } from '../jurisdictions/load-packs';

/** The render contract is one, in documents/render-service.ts; re-exported for the web layer. */
export type { OutputFormat, RenderService } from '../documents/render-service';

export interface Logger {
  info(event: string, fields?: Record<string, string | number | boolean>): void;
  error(event: string, fields?: Record<string, string | number | boolean>): void;
}

export interface AppDeps {
  registry: PackRegistry;
  pool: RenderService;
  /** Today's date, YYYY-MM-DD: the only clock the app reads. */
  today: () => string;
  /** Key for signing wizard drafts and CSRF tokens; shared across instances in production. */
  secret?: Buffer;
  /** Express `trust proxy`: set behind a TLS proxy so cookies are Secure and `__Host-` prefixed. */
  trustProxy?: boolean | number | string;
  logger?: Logger;
  /** Renders at once (the pool's threads; default: the machine's parallelism). */
  renderSlots?: number;
  /** Downloads that may wait for a render slot before more get 503 (default: 2 × slots). */
  renderQueue?: number;
  /** Requests per minute per client, or false for none (tests). Default: DEFAULT_RATE_LIMITS. */
  rateLimits?: RateLimits | false;
}

export interface RateLimits {
  /** Packet downloads: POST /api/v1/documents and the wizard's POST /download. */
  generatePerMinute: number;
  /** Batches: POST /api/v1/batch and POST /clinic (check-only included). */
  batchPerMinute: number;
}
