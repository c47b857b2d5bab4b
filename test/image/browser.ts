import http from 'node:http';
import { decode } from '../web/wizard/journey';

export interface Answer {
  status: number;
  headers: Headers;
  body: Buffer;
}

/**
 * One HTTP request on its own connection (`Connection: close`). fetch would reuse idle keep-alive
 * connections, and one the server closes at the moment it is reused fails the request with
 * "other side closed" on a busy machine; a browser retries those, this test should not have to.
 */
export async function httpRequest(
  url: string,
  init: {
    method?: string;
    headers?: Record<string, string>;
    body?: string | Buffer | FormData;
  } = {},
): Promise<Answer> {
  const headers: Record<string, string> = { ...init.headers, connection: 'close' };
  let body: Buffer | undefined;
  if (init.body instanceof FormData) {
    // Let the platform encode the multipart body and name its boundary.
    const encoded = new Request('http://localhost/', { method: 'POST', body: init.body });
    body = Buffer.from(await encoded.arrayBuffer());
    headers['content-type'] = encoded.headers.get('content-type')!;
  } else if (init.body !== undefined) body = Buffer.from(init.body);
  if (body) headers['content-length'] = String(body.length);
  return new Promise((resolve, reject) => {
    const req = http.request(
      url,
      { method: init.method ?? 'GET', headers, agent: false },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('error', reject);
        res.on('end', () => {
          const h = new Headers();
          for (const [k, v] of Object.entries(res.headers))
            for (const one of Array.isArray(v) ? v : v === undefined ? [] : [v]) h.append(k, one);
          resolve({ status: res.statusCode ?? 0, headers: h, body: Buffer.concat(chunks) });
        });
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

/**
 * A tiny browser over httpRequest for a server in another process: keeps cookies, follows redirects on
 * GET, posts the hidden fields of the last page's own form, and remembers which wizard step each
 * page was (its `step-form` action).
 */
export class Browser {
  cookies = new Map<string, string>();
  status = 0;
  html = '';
  body: Buffer = Buffer.alloc(0);
  headers = new Headers();
  /** Every wizard step a page was shown for. */
  readonly stepsShown = new Set<string>();
  /** Every `/assets/…` address a page referred to. */
  readonly assets = new Set<string>();

  constructor(readonly base: string) {}

  private cookieHeader(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  private take(res: Answer): void {
    this.status = res.status;
    this.headers = res.headers;
    this.body = res.body;
    const isHtml = (res.headers.get('content-type') ?? '').startsWith('text/html');
    this.html = isHtml ? this.body.toString('utf8') : '';
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(';');
      const at = pair!.indexOf('=');
      this.cookies.set(pair!.slice(0, at).trim(), pair!.slice(at + 1));
    }
    if (!isHtml) return;
    const step = /<form id="step-form"[^>]*\baction="\/([^"?]*)/.exec(this.html)?.[1];
    if (step) this.stepsShown.add(step);
    for (const m of this.html.matchAll(/(?:href|src)="(\/assets\/[^"]+)"/g))
      this.assets.add(decode(m[1]!));
  }

  async get(url: string): Promise<this> {
    let target = url;
    for (let hops = 0; hops < 5; hops++) {
      const res = await httpRequest(this.base + target, {
        headers: { cookie: this.cookieHeader() },
      });
      const location = res.headers.get('location');
      if (res.status >= 300 && res.status < 400 && location) {
        target = location;
        continue;
      }
      this.take(res);
      return this;
    }
    throw new Error(`GET ${url}: too many redirects`);
  }

  /** POST a form of the current page: its hidden draft, CSRF token and lang, plus the given fields. */
  async post(url: string, fields: Record<string, string | string[]>): Promise<this> {
    const form = new URLSearchParams();
    for (const [k, v] of Object.entries({ ...this.state(), ...fields }))
      for (const one of Array.isArray(v) ? v : [v]) form.append(k, one);
    const res = await httpRequest(this.base + url, {
      method: 'POST',
      headers: {
        cookie: this.cookieHeader(),
        'content-type': 'application/x-www-form-urlencoded',
        origin: this.base,
      },
      body: form.toString(),
    });
    this.take(res);
    return this;
  }

  /** POST multipart/form-data, as a file upload form does. */
  async upload(
    url: string,
    fields: Record<string, string>,
    file: { field: string; name: string; type: string; content: string | Buffer },
  ): Promise<this> {
    const form = new FormData();
    for (const [k, v] of Object.entries(fields)) form.append(k, v);
    form.append(
      file.field,
      new Blob([typeof file.content === 'string' ? file.content : new Uint8Array(file.content)], {
        type: file.type,
      }),
      file.name,
    );
    const res = await httpRequest(this.base + url, {
      method: 'POST',
      headers: { cookie: this.cookieHeader(), origin: this.base },
      body: form,
    });
    this.take(res);
    return this;
  }

  /** A hidden field of the page's own forms (after the header, which holds the language switch). */
  hidden(name: string): string {
    const at = this.html.indexOf('</header>');
    const m = new RegExp(`name="${name}" value="([^"]*)"`).exec(
      at >= 0 ? this.html.slice(at) : this.html,
    );
    return m ? decode(m[1]!) : '';
  }

  state(): Record<string, string> {
    const s: Record<string, string> = {};
    for (const name of ['_csrf', 'draft', 'lang']) {
      const v = this.hidden(name);
      if (v) s[name] = v;
    }
    return s;
  }

  /** The current step (the page's own form), or '' for a page outside the wizard. */
  get step(): string {
    return /<form id="step-form"[^>]*\baction="\/([^"?]*)/.exec(this.html)?.[1] ?? '';
  }

  get h1(): string {
    const m = /<h1[^>]*>([\s\S]*?)<\/h1>/.exec(this.html);
    return decode((m?.[1] ?? '').replace(/<[^>]+>/g, '').trim());
  }
}
