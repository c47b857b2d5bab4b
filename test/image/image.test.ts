/**
 * The container image, proved without a Docker engine: the Dockerfile's build stage runs in a
 * clean copy of the build context, the final stage is laid out from its COPY lines into a fresh,
 * read-only folder, and the image's CMD runs there with the image's ENV as a non-root user. Then
 * every page and endpoint is walked, the HEALTHCHECK is run, and the Kubernetes Indexed Job's
 * shards are run from the same folder.
 */
import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseAllDocuments } from 'yaml';
import { STEP_IDS } from '../../src/web/wizard/steps';
import { csvOf, goodRow, parseCsv, readZip } from '../batch/helpers';
import { pdfText } from '../e2e/support';
import { CRIMINAL_CASE, LOSS, NY_RECORD, PERIOD, PERSON, TRAFFICKING } from '../web/wizard/journey';
import { Browser, httpRequest } from './browser';
import { argvOf, layOutImage, type ImageLayout } from './layout';
import { AS_ROOT, NOBODY, containerEnv, runAs, startAs } from './run-as';

// A shared 2-core machine: give each step of the walk room (no test here measures time).
jest.setTimeout(3 * 60_000);

const REPO = path.resolve(__dirname, '..', '..');
const CASE = JSON.parse(
  readFileSync(path.join(REPO, 'test/fixtures/examples/ny-contract-example.json'), 'utf8'),
) as { petitioner: { legalName: string } };

let work = '';
let image: ImageLayout;
let port = 0;
let base = '';
let server: ReturnType<typeof startAs> | undefined;
/** Where the server's os.tmpdir() points when the test is not root (see "writes nothing"). */
let privateTmp = '';
/** Why the image's CMD is not serving, if it is not. */
let notServing = '';
/** An address of the image's server; fails with why when it is not serving. */
function url(p: string): string {
  if (notServing) throw new Error(notServing);
  return base + p;
}

function browser(): Browser {
  if (notServing) throw new Error(notServing);
  return new Browser(base);
}
/** Every `/assets/…` address any page referred to. */
const assets = new Set<string>();
const steps = new Set<string>();

function track(b: Browser): Browser {
  for (const a of b.assets) assets.add(a);
  for (const s of b.stepsShown) steps.add(s);
  return b;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const p = (s.address() as { port: number }).port;
      s.close(() => resolve(p));
    });
  });
}

// What the deployment's Secret gives the container (docs/k8s/web-deployment.yaml): the production
// image refuses to start without it.
const TEST_SECRET = 'image-test-secret-0123456789-abcdefghijklmnopqrstuvwxyz';

function env(extra: Record<string, string> = {}): Record<string, string> {
  return containerEnv(image.env, {
    RELIEF_SECRET: TEST_SECRET,
    PORT: String(port),
    ...(AS_ROOT ? {} : { TMPDIR: privateTmp }),
    ...extra,
  });
}

/** The image path of a file laid out on this machine. */
const inImage = (p: string) => `/${path.relative(image.root, p).split(path.sep).join('/')}`;

function filesUnder(dir: string, rel = ''): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const r = rel ? `${rel}/${e.name}` : e.name;
    return e.isDirectory() ? filesUnder(path.join(dir, e.name), r) : [r];
  });
}

/** What went wrong, with the end of the server's own output (which never holds request bodies). */
function serverSaid(): string {
  return `\n--- server output ---\n${server?.output() ?? ''}`;
}

function expectOk(b: Browser, what: string, status = 200): void {
  if (b.status !== status)
    throw new Error(
      `${what} answered ${b.status}, not ${status}: ${b.body.toString('utf8').slice(0, 500)}${serverSaid()}`,
    );
}

beforeAll(async () => {
  work = mkdtempSync(path.join(tmpdir(), 'relief-image-'));
  chmodSync(work, 0o755);
  image = await layOutImage({ context: REPO, into: work });
  // Nothing above the image may lend it a module the image does not have.
  for (let d = path.dirname(image.root); d !== path.dirname(d); d = path.dirname(d))
    if (existsSync(path.join(d, 'node_modules')))
      throw new Error(`${d}/node_modules would be found by the image's require: lay out elsewhere`);
  // A read-only root filesystem, as `docker run --read-only` and the Kubernetes manifests give.
  const ro = spawnSync('chmod', ['-R', 'a-w', image.root]);
  if (ro.status !== 0) throw new Error(`chmod -R a-w failed: ${ro.stderr.toString()}`);
  if (!AS_ROOT) {
    privateTmp = path.join(work, 'tmp');
    mkdirSync(privateTmp);
  }
  port = await freePort();
  base = `http://127.0.0.1:${port}`;
  server = startAs(argvOf(image.cmd), { cwd: image.workdir, env: env() });
  // Wait until it answers (bounded). A server that does not start fails every test that needs
  // it, with what it said; the file checks below still run and name what is missing.
  let exited: number | null | undefined;
  server.child.once('exit', (code) => (exited = code));
  for (let i = 0; i < 300; i++) {
    if (exited !== undefined) {
      notServing = `The image's CMD exited ${exited}${serverSaid()}`;
      return;
    }
    const up = await httpRequest(url(`/healthz`)).then(
      (r) => r.status === 200,
      () => false,
    );
    if (up) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  notServing = `The image's CMD did not answer /healthz${serverSaid()}`;
}, 20 * 60_000);

afterAll(async () => {
  if (server && server.child.exitCode === null) {
    const exited = new Promise((r) => server!.child.once('exit', r));
    server.child.kill('SIGTERM');
    await exited;
  }
  if (work) {
    spawnSync('chmod', ['-R', 'u+w', work]);
    rmSync(work, { recursive: true, force: true });
  }
});

describe('the image as the Dockerfile lays it out', () => {
  it('runs as a non-root USER and exposes the port its ENV names', () => {
    expect(image.user).toBeDefined();
    expect(['root', '0', '0:0']).not.toContain(image.user);
    expect(image.expose).toContain(image.env['PORT']);
    expect(image.env['NODE_ENV']).toBe('production');
  });

  it('holds every run-time file of the source tree where the compiled code looks for it', async () => {
    // Ask the image's own compiled code where it reads views, templates and packs.
    const script = image.cmd.form === 'exec' ? image.cmd.argv[1] : undefined;
    expect(script).toMatch(/src\/web\/server\.js$/);
    const compiledSrc = script!.slice(0, -'web/server.js'.length);
    const probe = await runAs(
      [
        'node',
        '-e',
        `const p=require('path');const r=(m)=>require(p.resolve(${JSON.stringify(compiledSrc)}+m));` +
          `process.stdout.write(JSON.stringify({views:r('web/views/render.js').VIEWS_DIR,` +
          `templates:r('documents/template-engine.js').DEFAULT_TEMPLATE_DIR,` +
          `packs:r('jurisdictions/load-packs.js').DEFAULT_PACK_DIR}))`,
      ],
      { cwd: image.workdir, env: env() },
    );
    if (probe.code !== 0) throw new Error(`Probing the compiled code failed: ${probe.stderr}`);
    const where = JSON.parse(probe.stdout.toString('utf8')) as Record<string, string>;
    const expected = [
      // Views (and any other non-TypeScript file under src/) sit where the code finds its views.
      ...filesUnder(path.join(REPO, 'src'))
        .filter((f) => !f.endsWith('.ts'))
        .map((f) => ({
          file: `src/${f}`,
          at: path.resolve(where['views']!, path.relative('web/views', f)),
        })),
      ...filesUnder(path.join(REPO, 'templates')).map((f) => ({
        file: `templates/${f}`,
        at: path.join(where['templates']!, f),
      })),
      ...filesUnder(path.join(REPO, 'jurisdictions')).map((f) => ({
        file: `jurisdictions/${f}`,
        at: path.join(where['packs']!, f),
      })),
    ];
    expect(expected.length).toBeGreaterThan(20);
    const missing = expected
      .filter((e) => !existsSync(e.at))
      .map((e) => `${e.file} is not in the image (looked for at ${inImage(e.at)})`);
    expect(missing).toEqual([]);
  });

  it('holds no sources, tests or dev dependencies', () => {
    const app = filesUnder(image.workdir);
    const sources = app.filter(
      (f) =>
        !f.startsWith('node_modules/') &&
        (/\.(ts|tsx|mts|cts)$/.test(f) ||
          /^(test|bench|docs|coverage|\.git)\//.test(f) ||
          /^(tsconfig[^/]*\.json|jest\.config\.js|eslint\.config\.mjs|Dockerfile)$/.test(f)),
    );
    expect(sources).toEqual([]);
    const lock = JSON.parse(readFileSync(path.join(REPO, 'package-lock.json'), 'utf8')) as {
      packages: Record<string, { dev?: boolean }>;
    };
    const devOnly = Object.entries(lock.packages)
      .filter(([p, meta]) => p.startsWith('node_modules/') && meta.dev)
      .map(([p]) => p)
      .filter((p) => existsSync(path.join(image.workdir, p)));
    expect(devOnly).toEqual([]);
    expect(existsSync(path.join(image.workdir, 'node_modules', 'express'))).toBe(true);
  });

  it('is read-only to the user that runs it', async () => {
    const probe = await runAs(['node', '-e', "require('fs').writeFileSync('probe', 'x')"], {
      cwd: image.workdir,
      env: env(),
    });
    expect(probe.code).not.toBe(0);
    expect(probe.stderr).toMatch(/EACCES|EROFS|EPERM/);
  });
});

describe('every page and endpoint, served by the image', () => {
  it('answers /healthz', async () => {
    const b = await browser().get('/healthz');
    expectOk(b, 'GET /healthz');
    expect(JSON.parse(b.body.toString('utf8'))).toEqual({ status: 'ok' });
  });

  it('passes its own HEALTHCHECK command, run as the image would', async () => {
    expect(image.healthcheck).toBeDefined();
    const r = await runAs(argvOf(image.healthcheck!.command), {
      cwd: image.workdir,
      env: env(),
    });
    expect({ code: r.code, stderr: r.stderr }).toEqual({ code: 0, stderr: '' });
  });

  it('serves the start page in English and in Spanish', async () => {
    const en = track(await browser().get('/'));
    expectOk(en, 'GET /');
    expect(en.step).toBe('start');
    const es = track(await browser().get('/?lang=es'));
    expectOk(es, 'GET /?lang=es');
    expect(es.html).toContain('<html lang="es">');
  });

  it('walks the self-represented vacatur journey, step by step, to a PDF and a DOCX', async () => {
    const b = await browser().get('/');
    const go = async (step: string, fields: Record<string, string | string[]>, next: string) => {
      await b.post(`/${step}`, fields);
      expectOk(b, `POST /${step}`);
      expect({ after: step, shown: b.step }).toEqual({ after: step, shown: next });
    };
    await go('start', {}, 'who');
    await go('who', { who: 'self' }, 'relief');
    await go('relief', { relief: 'vacatur' }, 'where');
    await go('where', { jurisdiction: 'US-NY' }, 'record');
    await go('record', NY_RECORD, 'records');
    await go('records', { another: 'no' }, 'trafficking');
    await go('trafficking', TRAFFICKING, 'account');
    await go(
      'account',
      { narrative: 'He took my papers. Each arrest happened while he controlled me.' },
      'outcome',
    );
    await go('outcome', {}, 'about');
    await go('about', PERSON, 'check');
    await go('check', {}, 'download');
    track(b);
    const state = b.state();

    await b.post('/download', { ...state, _action: 'pdf' });
    expectOk(b, 'the wizard PDF');
    expect(b.headers.get('content-type')).toMatch(/^application\/pdf/);
    expect(await pdfText(new Uint8Array(b.body))).toContain(PERSON.legalName);

    await b.post('/download', { ...state, _action: 'docx' });
    expectOk(b, 'the wizard DOCX');
    const docx = await readZip(b.body);
    expect(docx.get('word/document.xml')?.toString('utf8')).toContain(PERSON.legalName);
  });

  it("walks the attorney's path with the records table", async () => {
    const b = await browser().get('/');
    await b.post('/start', { who: 'attorney', relief: 'vacatur' });
    await b.post('/where', { jurisdiction: 'US-CA' });
    expect(b.step).toBe('records-table');
    await b.post('/records-table', {
      rowCount: '5',
      'rows-0-offense': 'PC 647(b)',
      'rows-0-arrestDate': '05/01/2015',
      'rows-0-convictionDate': '05/02/2015',
    });
    expectOk(b, 'POST /records-table');
    await b.post('/trafficking', {
      ...TRAFFICKING,
      startDate: '01/01/2014',
      ended: 'no',
      endDate: '',
      narrative: 'Account.',
    });
    await b.post('/outcome', {});
    await b.post('/about', { ...PERSON, attorneyName: 'Ana Ruiz', barNumber: '123456' });
    expectOk(b, 'POST /about (attorney)');
    expect(b.step).toBe('check');
    track(b);
  });

  it('walks the restitution journey, adding a loss, to its PDF', async () => {
    const b = await browser().get('/');
    const go = async (step: string, fields: Record<string, string | string[]>, next: string) => {
      await b.post(`/${step}`, fields);
      expectOk(b, `POST /${step}`);
      expect({ after: step, shown: b.step }).toEqual({ after: step, shown: next });
    };
    await go('start', { who: 'self', relief: 'restitution' }, 'where');
    await go('where', { jurisdiction: 'US-FED' }, 'criminal-case');
    await go('criminal-case', CRIMINAL_CASE, 'period');
    await go('period', PERIOD, 'periods');
    await go('periods', { another: 'no' }, 'losses');
    await go('losses', { another: 'yes' }, 'loss');
    await go('loss', LOSS, 'losses');
    await go('losses', { another: 'no' }, 'claim');
    await go('claim', {}, 'about');
    await go('about', PERSON, 'check');
    await go('check', {}, 'download');
    track(b);
    await b.post('/download', { _action: 'pdf' });
    expectOk(b, 'the restitution PDF');
    expect(await pdfText(new Uint8Array(b.body))).toContain(PERSON.legalName);
  });

  it('saves the answers to a file and continues from it', async () => {
    const b = await browser().get('/');
    await b.post('/start', { who: 'self', relief: 'vacatur' });
    await b.post('/where', { jurisdiction: 'US-NY' });
    const csrf = b.state()['_csrf']!;
    await b.post('/record', { _action: 'save' });
    expectOk(b, 'saving the answers');
    const saved = b.body;
    await b.get('/');
    await b.upload(
      '/continue',
      { _csrf: b.state()['_csrf'] ?? csrf },
      {
        field: 'savedFile',
        name: 'relief-answers.json',
        type: 'application/json',
        content: saved,
      },
    );
    expectOk(b, 'POST /continue');
    expect(b.step).toBe('record');
    track(b);
  });

  it('shows the page for a place with no such law, and the problem page', async () => {
    const b = await browser().get('/');
    await b.post('/start', { who: 'self', relief: 'vacatur' });
    await b.post('/where', { jurisdiction: 'other' });
    expectOk(b, 'the no-law page');
    track(b);
    await b.post('/where', { _csrf: 'forged' });
    expect(b.status).toBe(403);
    expect(b.html).toContain('<h1');
  });

  it('has shown every wizard step', () => {
    expect(STEP_IDS.filter((s) => !steps.has(s))).toEqual([]);
  });

  it('serves the clinic page, its template, its check-only report and its drafts', async () => {
    const b = track(await browser().get('/clinic'));
    expectOk(b, 'GET /clinic');
    expectOk(track(await browser().get('/clinic?lang=es')), 'GET /clinic?lang=es');
    const template = await browser().get('/clinic/template.csv');
    expectOk(template, 'GET /clinic/template.csv');
    expect(template.body.toString('utf8')).toContain('client_id');

    const csv = csvOf([goodRow('A'), goodRow('B', { arrest_date: '3/1/2012' })]);
    const file = { field: 'file', name: 'clients.csv', type: 'text/csv', content: csv };
    await b.upload('/clinic', { _csrf: b.state()['_csrf']!, lang: 'en', action: 'check' }, file);
    expectOk(b, 'the check-only report');
    expect(b.html).toContain('1 ready');
    track(b);
    await b.get('/clinic');
    await b.upload('/clinic', { _csrf: b.state()['_csrf']!, lang: 'en' }, file);
    expectOk(b, 'the clinic drafts');
    expect(b.headers.get('content-type')).toMatch(/zip/);
    expect((await readZip(b.body)).has('summary.csv')).toBe(true);
  });

  it('answers the API: jurisdictions, each pack, eligibility', async () => {
    const list = await browser().get('/api/v1/jurisdictions');
    expectOk(list, 'GET /api/v1/jurisdictions');
    const codes = (JSON.parse(list.body.toString('utf8')) as { code: string }[]).map((j) => j.code);
    expect(codes).toEqual(expect.arrayContaining(['US-NY', 'US-CA', 'US-FED']));
    for (const code of codes)
      expectOk(
        await browser().get(`/api/v1/jurisdictions/${code}`),
        `GET /api/v1/jurisdictions/${code}`,
      );
    const r = await httpRequest(url(`/api/v1/eligibility`), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(CASE),
    });
    expect(r.status).toBe(200);
    expect((JSON.parse(r.body.toString('utf8')) as { overall: string }).overall).toBe('eligible');
  });

  it.each(['pdf', 'docx', 'zip'])('renders the packet as %s through the API', async (format) => {
    const r = await httpRequest(url(`/api/v1/documents?format=${format}`), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(CASE),
    });
    const bytes = r.body;
    if (r.status !== 200)
      throw new Error(
        `POST /api/v1/documents?format=${format} answered ${r.status}: ${bytes.toString('utf8').slice(0, 500)}${serverSaid()}`,
      );
    if (format === 'pdf')
      expect(await pdfText(new Uint8Array(bytes))).toContain(CASE.petitioner.legalName);
    else if (format === 'docx')
      expect((await readZip(bytes)).get('word/document.xml')?.toString('utf8')).toContain(
        CASE.petitioner.legalName,
      );
    else expect([...(await readZip(bytes)).keys()].some((n) => n.endsWith('.pdf'))).toBe(true);
  });

  it('runs a batch through the API', async () => {
    const r = await httpRequest(url(`/api/v1/batch`), {
      method: 'POST',
      headers: { 'content-type': 'text/csv' },
      body: csvOf([goodRow('A'), goodRow('B')]),
    });
    const bytes = r.body;
    if (r.status !== 200) throw new Error(`POST /api/v1/batch answered ${r.status}${serverSaid()}`);
    const zip = await readZip(bytes);
    expect(
      parseCsv(zip.get('summary.csv')!.toString('utf8'))
        .slice(1)
        .map((row) => row[0]),
    ).toEqual(['A', 'B']);
    // Both drafted: no problem rows, and each client's folder holds its packet as PDF and DOCX.
    expect(parseCsv(zip.get('errors.csv')!.toString('utf8')).slice(1)).toEqual([]);
    const names = [...zip.keys()];
    for (const ext of ['.pdf', '.docx'])
      expect(names.filter((n) => n.endsWith(ext)).map((n) => n.split('/')[0])).toEqual(
        expect.arrayContaining([expect.stringMatching(/^A/), expect.stringMatching(/^B/)]),
      );
  });

  it('serves every public file byte for byte, and every asset a page links to', async () => {
    const problems: string[] = [];
    for (const f of filesUnder(path.join(REPO, 'public'))) {
      const r = await httpRequest(url(`/assets/${f}`));
      const bytes = r.body;
      if (r.status !== 200) problems.push(`public/${f}: GET /assets/${f} answered ${r.status}`);
      else if (!bytes.equals(readFileSync(path.join(REPO, 'public', f))))
        problems.push(`public/${f}: the image serves other bytes`);
    }
    expect(assets.size).toBeGreaterThan(2);
    for (const a of assets) {
      const r = await httpRequest(url(a));
      if (r.status !== 200) problems.push(`${a} (linked from a page) answered ${r.status}`);
    }
    expect(problems).toEqual([]);
  });

  it('answers an unknown address with 404, not an error', async () => {
    expect((await browser().get('/no-such-page')).status).toBe(404);
  });

  it('wrote nothing anywhere while it served all of the above', () => {
    if (AS_ROOT) {
      // As NOBODY (a uid of this run alone) the only writable places are the world-writable ones:
      // none may hold its files.
      const found = spawnSync(
        'find',
        ['/tmp', '/var/tmp', '/dev/shm', '-user', String(NOBODY.uid)],
        {
          encoding: 'utf8',
        },
      );
      expect(found.stdout.trim()).toBe('');
    } else {
      // Not root: the server's temporary folder (os.tmpdir) is a fresh one that must stay empty.
      expect(readdirSync(privateTmp)).toEqual([]);
    }
    expect(statSync(image.workdir).mode & 0o222).toBe(0);
  });

  it('fails its HEALTHCHECK once the server has stopped (SIGTERM, as docker stop sends)', async () => {
    if (notServing) throw new Error(notServing);
    const exited = new Promise<number | null>((r) => server!.child.once('exit', r));
    server!.child.kill('SIGTERM');
    expect(await exited).toBe(0);
    const r = await runAs(argvOf(image.healthcheck!.command), { cwd: image.workdir, env: env() });
    expect(r.code).toBe(1);
  });
});

interface JobDoc {
  spec: {
    completions: number;
    parallelism: number;
    completionMode: string;
    template: {
      spec: {
        containers: {
          command: string[];
          args: string[];
          env?: { name: string; value?: string }[];
          volumeMounts: { name: string; mountPath: string }[];
        }[];
      };
    };
  };
}

/** Kubernetes' `$(VAR)` expansion in command and args: known names replaced, others left as written. */
function expandK8s(s: string, vars: Record<string, string>): string {
  return s.replace(/\$\(([A-Za-z_][A-Za-z0-9_]*)\)/g, (all, name: string) => vars[name] ?? all);
}

describe('the Kubernetes web Deployment, run from the image', () => {
  it("serves the clinic and its probes' path with the container's command, args and env", async () => {
    const deployment = parseAllDocuments(
      readFileSync(path.join(REPO, 'docs/k8s/web-deployment.yaml'), 'utf8'),
    )[0]!.toJS() as {
      spec: {
        template: {
          spec: {
            containers: {
              command: string[];
              args: string[];
              env?: { name: string; value?: string }[];
              ports: { containerPort: number }[];
              readinessProbe: { httpGet: { path: string } };
            }[];
          };
        };
      };
    };
    const c = deployment.spec.template.spec.containers[0]!;
    const own = await freePort();
    // The container's port is this machine's free port (3000 may be taken here).
    const args = c.args.map((a) => (a === String(c.ports[0]!.containerPort) ? String(own) : a));
    expect(args).toContain(String(own));
    // Values from Secrets are not here: the server starts without them, as documented.
    const vars = Object.fromEntries(
      (c.env ?? []).filter((e) => e.value !== undefined).map((e) => [e.name, e.value!]),
    );
    const web = startAs([...c.command, ...args], {
      cwd: image.workdir,
      env: containerEnv(image.env, {
        RELIEF_SECRET: TEST_SECRET,
        ...vars,
        ...(AS_ROOT ? {} : { TMPDIR: privateTmp }),
      }),
    });
    try {
      let status = 0;
      for (let i = 0; i < 300 && status !== 200 && web.child.exitCode === null; i++) {
        status = await httpRequest(`http://127.0.0.1:${own}${c.readinessProbe.httpGet.path}`).then(
          (r) => r.status,
          () => 0,
        );
        if (status !== 200) await new Promise((r) => setTimeout(r, 100));
      }
      if (status !== 200)
        throw new Error(`The Deployment's command did not answer: ${web.output()}`);
      expect((await httpRequest(`http://127.0.0.1:${own}/clinic`)).status).toBe(200);
    } finally {
      if (web.child.exitCode === null) {
        const exited = new Promise((r) => web.child.once('exit', r));
        web.child.kill('SIGTERM');
        await exited;
      }
    }
  });
});

describe('the Kubernetes Indexed Job, run from the image', () => {
  it(
    'splits a batch into N shards whose summaries together are exactly the whole run',
    async () => {
      const job = parseAllDocuments(
        readFileSync(path.join(REPO, 'docs/k8s/batch-indexed-job.yaml'), 'utf8'),
      )[0]!.toJS() as JobDoc;
      const container = job.spec.template.spec.containers[0]!;
      const containerVars = Object.fromEntries(
        (container.env ?? []).map((e) => [e.name, e.value ?? '']),
      );
      const n = job.spec.completions;
      expect(job.spec.completionMode).toBe('Indexed');
      expect(n).toBe(4);
      expect(job.spec.parallelism).toBe(n);
      expect(containerVars['SHARDS']).toBe(String(n));

      // The volumes on this machine: the input readable, the output writable by the image's user.
      const io = path.join(work, 'job');
      const mounts: Record<string, string> = {};
      for (const m of container.volumeMounts) {
        mounts[m.mountPath] = path.join(io, m.name);
        mkdirSync(mounts[m.mountPath]!, { recursive: true, mode: 0o777 });
        chmodSync(mounts[m.mountPath]!, 0o777);
      }
      const rows = Array.from({ length: 12 }, (_, i) =>
        goodRow(`client-${i}`, i % 5 === 2 ? { arrest_date: 'not a date' } : {}),
      );
      const input = Object.entries(mounts).find(([m]) =>
        container.args.some((a) => a.startsWith(`${m}/`) && a.endsWith('.csv')),
      );
      expect(input).toBeDefined();
      const csvArg = container.args.find((a) => a.endsWith('.csv'))!;
      writeFileSync(path.join(input![1], path.basename(csvArg)), csvOf(rows));
      chmodSync(input![1], 0o555);
      const onThisMachine = (a: string) => {
        const mount = Object.keys(mounts).find((m) => a.startsWith(`${m}/`));
        return mount ? mounts[mount]! + a.slice(mount.length) : a;
      };

      async function runShard(index: number | undefined) {
        const vars = {
          ...image.env,
          ...containerVars,
          ...(index === undefined ? {} : { JOB_COMPLETION_INDEX: String(index) }),
        };
        let args = container.args.map((a) => onThisMachine(expandK8s(a, vars)));
        if (index === undefined) {
          // The whole run: the same command without --shard, into its own file.
          const at = args.indexOf('--shard');
          args = args.filter((_, i) => i !== at && i !== at + 1);
          args = args.map((a) => a.replace(/drafts-\$\(JOB_COMPLETION_INDEX\)\.zip$/, 'whole.zip'));
        }
        const r = await runAs([...container.command, ...args], {
          cwd: image.workdir,
          env: containerEnv(image.env, {
            ...containerVars,
            ...(index === undefined ? {} : { JOB_COMPLETION_INDEX: String(index) }),
            ...(AS_ROOT ? {} : { TMPDIR: privateTmp }),
          }),
        });
        // 0: all drafted; 1: some clients went to errors.csv (the podFailurePolicy's FailIndex).
        if (r.code !== 0 && r.code !== 1)
          throw new Error(`shard ${index}: exit ${r.code}: ${r.stderr}`);
        const out = args[args.indexOf('--out') + 1]!;
        const zip = await readZip(readFileSync(out));
        const table = (name: string) =>
          parseCsv(zip.get(name)!.toString('utf8'))
            .slice(1)
            .map((row) => row.join('|'));
        return {
          summary: table('summary.csv'),
          errors: table('errors.csv'),
          files: [...zip.keys()].filter((k) => k.includes('/')),
          clients: new Set(
            parseCsv(zip.get('summary.csv')!.toString('utf8'))
              .slice(1)
              .map((row) => row[0]!),
          ),
        };
      }

      const whole = await runShard(undefined);
      const shards = [];
      for (let i = 0; i < n; i++) shards.push(await runShard(i));
      expect(whole.clients.size).toBe(12);
      expect(shards.flatMap((s) => s.summary).sort()).toEqual([...whole.summary].sort());
      expect(shards.flatMap((s) => s.errors).sort()).toEqual([...whole.errors].sort());
      expect(shards.flatMap((s) => s.files).sort()).toEqual([...whole.files].sort());
      // No client is drafted by two shards, and more than one shard has work.
      const seen = shards.flatMap((s) => [...s.clients]);
      expect(new Set(seen).size).toBe(seen.length);
      expect(shards.filter((s) => s.clients.size > 0).length).toBeGreaterThan(1);
    },
    15 * 60_000,
  );
});
