import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, constants as zlib, gzipSync } from 'node:zlib';
import type { NextFunction, Request, RequestHandler, Response } from 'express';

/** Where the static files live, as the app mounts them (see app.ts). */
export interface AssetRoots {
  /** Served at /assets/uswds/… */
  uswds: string;
  /** Served at /assets/… */
  public: string;
}

const ROOT = path.resolve(
  __dirname,
  '..',
  '..',
  ...(__dirname.includes(`${path.sep}dist${path.sep}`) ? ['..'] : []),
);

export const DEFAULT_ROOTS: AssetRoots = {
  uswds: path.join(ROOT, 'node_modules', '@uswds', 'uswds', 'dist'),
  public: path.join(ROOT, 'public'),
};

const TYPES: Record<string, string> = {
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.ico': 'image/x-icon',
};
const COMPRESSIBLE = new Set(['.css', '.js', '.svg', '.ttf', '.ico']);
export const YEAR = 'public, max-age=31536000, immutable';

/** USWDS fonts and images are reached from its CSS by relative URL, so they carry no hash. */
const WEEK = 'public, max-age=604800';

function cacheControl(req: Request, asset: Asset, file: string): string {
  if (req.query['v'] === asset.hash) return YEAR;
  const fontOrImage = /\.(woff2?|ttf|png|svg|ico)$/i.test(file);
  return fontOrImage && file.includes(`${path.sep}@uswds${path.sep}`) ? WEEK : 'no-cache';
}

interface Asset {
  type: string;
  hash: string;
  raw: Buffer;
  br?: Buffer;
  gzip?: Buffer;
}

/** The file under a root for a URL path, or undefined when it is outside the root or not a file. */
function fileFor(roots: AssetRoots, urlPath: string): string | undefined {
  const [root, rest] = urlPath.startsWith('/assets/uswds/')
    ? [roots.uswds, urlPath.slice('/assets/uswds/'.length)]
    : urlPath.startsWith('/assets/')
      ? [roots.public, urlPath.slice('/assets/'.length)]
      : [undefined, ''];
  if (!root || !rest) return undefined;
  let decoded: string;
  try {
    decoded = decodeURIComponent(rest);
  } catch {
    return undefined;
  }
  const full = path.resolve(root, decoded);
  if (!full.startsWith(root + path.sep)) return undefined;
  try {
    return statSync(full).isFile() ? full : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Static files made light: each file read, hashed and compressed once (Brotli and gzip), then
 * served from memory. A URL carrying the file's own hash (`?v=…`, see `assetUrl`) is cached for a
 * year; USWDS's fonts and images (named from its CSS, without a hash) for a week; any other file
 * gets `no-cache` with an ETag, so a revisit costs a 304. Files the app does not
 * know fall through to the next handler. Nothing here sees a form or a person's answers.
 */
export function createStaticAssets(roots: AssetRoots = DEFAULT_ROOTS): RequestHandler {
  const cache = new Map<string, Asset>();
  const load = (file: string): Asset | undefined => {
    const known = cache.get(file);
    if (known) return known;
    const ext = path.extname(file).toLowerCase();
    const type = TYPES[ext];
    if (!type) return undefined;
    const raw = readFileSync(file);
    const asset: Asset = { type, hash: hashOf(raw), raw };
    if (COMPRESSIBLE.has(ext) && raw.length > 512) {
      asset.br = brotliCompressSync(raw, {
        params: { [zlib.BROTLI_PARAM_QUALITY]: 11, [zlib.BROTLI_PARAM_SIZE_HINT]: raw.length },
      });
      asset.gzip = gzipSync(raw, { level: 9 });
    }
    cache.set(file, asset);
    return asset;
  };

  return (req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    const file = fileFor(roots, req.path);
    const asset = file ? load(file) : undefined;
    if (!asset) return next();
    const etag = `"${asset.hash}"`;
    res.set('Cache-Control', cacheControl(req, asset, file!));
    res.set('ETag', etag);
    res.set('Vary', 'Accept-Encoding');
    res.type(asset.type);
    if (req.get('if-none-match') === etag) return void res.status(304).end();
    const accepts = String(req.get('accept-encoding') ?? '');
    const [body, encoding] =
      asset.br && /\bbr\b/.test(accepts)
        ? [asset.br, 'br']
        : asset.gzip && /\bgzip\b/.test(accepts)
          ? [asset.gzip, 'gzip']
          : [asset.raw, undefined];
    if (encoding) res.set('Content-Encoding', encoding);
    res.set('Content-Length', String(body.length));
    if (req.method === 'HEAD') return void res.status(200).end();
    res.status(200).end(body);
  };
}

function hashOf(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('base64url').slice(0, 12);
}

const urlCache = new Map<string, string>();

/** An asset's URL with its content hash (`/assets/css/wizard.css?v=…`), for a year's caching. */
export function assetUrl(urlPath: string, roots: AssetRoots = DEFAULT_ROOTS): string {
  const known = urlCache.get(urlPath);
  if (known) return known;
  const file = fileFor(roots, urlPath);
  const url = file ? `${urlPath}?v=${hashOf(readFileSync(file))}` : urlPath;
  urlCache.set(urlPath, url);
  return url;
}

/**
 * HTML and JSON answers compressed when the browser accepts it (Brotli, else gzip). It wraps
 * `res.send` only: the bytes never leave memory and nothing is logged. Downloads (attachments)
 * are left alone: PDFs and ZIPs are already compressed.
 */
export function compressPages(): RequestHandler {
  return (req: Request, res: Response, next: NextFunction) => {
    const accepts = String(req.get('accept-encoding') ?? '');
    const encoding = /\bbr\b/.test(accepts) ? 'br' : /\bgzip\b/.test(accepts) ? 'gzip' : undefined;
    if (!encoding) return next();
    const send = res.send.bind(res);
    res.send = (body?: unknown) => {
      const type = String(res.get('Content-Type') ?? '');
      const text = typeof body === 'string' ? body : undefined;
      if (
        text === undefined ||
        text.length < 1024 ||
        res.get('Content-Encoding') ||
        res.get('Content-Disposition') ||
        !/^(text\/html|application\/(problem\+)?json)/.test(type)
      )
        return send(body);
      const raw = Buffer.from(text, 'utf8');
      const packed =
        encoding === 'br'
          ? brotliCompressSync(raw, {
              params: { [zlib.BROTLI_PARAM_QUALITY]: 5, [zlib.BROTLI_PARAM_SIZE_HINT]: raw.length },
            })
          : gzipSync(raw, { level: 6 });
      res.set('Content-Encoding', encoding);
      res.append('Vary', 'Accept-Encoding');
      return send(packed);
    };
    next();
  };
}
