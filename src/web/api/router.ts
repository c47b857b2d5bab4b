import express, { type Request, type Response, type Router } from 'express';
import { assess } from '../../domain/assess';
import type { Pack } from '../../domain/pack-schema';
import { checkCase } from '../../jurisdictions/check-case';
import { MISSING_GLYPHS, glyphGapMessage, glyphGaps } from '../../documents/glyph-coverage';
import { fieldErrorOf } from '../i18n/issues';
import type { AppDeps, OutputFormat } from '../deps';
import { clientGone } from '../client-gone';
import { sendProblem } from '../problem';
import { RenderBusyError, RenderCancelledError } from '../render-gate';

const FORMATS: readonly OutputFormat[] = ['pdf', 'docx', 'zip'];

/** Formats that hold a PDF, whose font can lack a character (a DOCX keeps the text as typed). */
const DRAWN: ReadonlySet<OutputFormat> = new Set(['pdf', 'zip']);

/** The answers the PDF cannot draw, as additive warnings (CONTRACT §3 is silent; README says). */
function glyphWarnings(value: unknown) {
  return glyphGaps(value).map((gap) => ({
    code: MISSING_GLYPHS,
    path: gap.path,
    characters: gap.chars.join(''),
    message: glyphGapMessage(gap, gap.path),
  }));
}

function summary(pack: Pack) {
  return {
    code: pack.code,
    name: pack.name,
    reliefs: Object.keys(pack.reliefs),
    // A state with no trafficking-specific relief for adults (or none confirmed) lists
    // `reliefs: ["none"]` and `remedy: "none"` (issue 13); its finding is in the pack's facts.
    remedy: pack.reliefs.vacatur?.remedy ?? (pack.reliefs.none ? 'none' : null),
    verifiedOn: pack.verifiedOn,
  };
}

/** A pack's public facts: the law as data, with its sources. */
function publicFacts(pack: Pack) {
  const { vacatur, restitution, none } = pack.reliefs;
  return {
    ...summary(pack),
    courtSystem: pack.courtSystem,
    authority: vacatur?.authority ?? none?.authority ?? restitution?.authority ?? null,
    // Contract §3 names requirements among the public facts; the same relief as `authority`.
    requirements: vacatur?.requirements ?? restitution?.requirements ?? [],
    sources: pack.sources,
    vacatur: vacatur
      ? {
          remedy: vacatur.remedy,
          remedyName: vacatur.remedyName,
          authority: vacatur.authority,
          scope: vacatur.scope,
          nexus: vacatur.nexus,
          timing: vacatur.timing,
          proof: vacatur.proof,
          procedure: vacatur.procedure,
          effect: vacatur.effect,
          requirements: vacatur.requirements,
          needsReview: vacatur.needsReview,
        }
      : null,
    // Added (issue 13): the whole finding, its other options and open points.
    none: none ?? null,
    restitution: restitution
      ? {
          authority: restitution.authority,
          method: restitution.method,
          requirements: restitution.requirements,
        }
      : null,
    offenses: pack.offenses.map(({ citation, name, level, tags, section }) => ({
      citation,
      section,
      name,
      level,
      tags,
    })),
    legalHelp: pack.legalHelp,
  };
}

/** The JSON API, contract §3. Handlers are thin: every decision lives in domain and packs. */
export function createApiRouter(deps: AppDeps, batchHandler?: express.RequestHandler): Router {
  const router = express.Router();
  const json = express.json({ limit: '1mb', type: ['application/json', 'application/*+json'] });

  const validated = (req: Request, res: Response) => {
    if (!req.is('application/json') && !req.is('application/*+json')) {
      sendProblem(
        res,
        415,
        'Send JSON',
        'Send the case as JSON with Content-Type: application/json.',
      );
      return undefined;
    }
    const checked = checkCase(req.body, deps.registry, deps.today());
    if (!checked.ok) {
      sendProblem(
        res,
        422,
        'The case has problems',
        'Fix the fields listed in errors and send it again.',
        checked.issues.map((issue) => fieldErrorOf(issue, 'en')),
      );
      return undefined;
    }
    return checked;
  };

  router.get('/jurisdictions', (_req, res) => {
    res.json(deps.registry.packs.map(summary));
  });

  router.get('/jurisdictions/:code', (req, res) => {
    const pack = deps.registry.get(String(req.params.code));
    if (!pack) {
      const known = deps.registry.packs.map((p) => p.code).join(', ');
      sendProblem(
        res,
        404,
        'No such jurisdiction',
        `There is no pack for that code. Known codes: ${known}.`,
      );
      return;
    }
    res.json(publicFacts(pack));
  });

  router.post('/eligibility', json, (req, res) => {
    const checked = validated(req, res);
    if (!checked) return;
    const assessment = assess(checked.value, checked.pack, deps.today());
    const warnings = glyphWarnings(checked.value);
    res.json(warnings.length ? { ...assessment, warnings } : assessment);
  });

  router.post('/documents', json, async (req, res) => {
    const format = String(req.query.format ?? 'pdf') as OutputFormat;
    if (!FORMATS.includes(format)) {
      sendProblem(res, 400, 'Unknown format', 'Ask for ?format=pdf, ?format=docx or ?format=zip.');
      return;
    }
    const checked = validated(req, res);
    if (!checked) return;
    const signal = clientGone(res);
    let file: Awaited<ReturnType<typeof deps.pool.generate>>;
    try {
      file = await deps.pool.generate({ case: checked.value, format, today: deps.today(), signal });
    } catch (err) {
      if (err instanceof RenderCancelledError) return;
      if (!(err instanceof RenderBusyError)) throw err;
      res.set({ 'Retry-After': '5' });
      sendProblem(
        res,
        503,
        'Busy',
        'Many packets are being made right now. Try again in 5 seconds.',
      );
      return;
    }
    // The reader left while it rendered: drop the bytes rather than write to a closed socket.
    if (signal.aborted) return;
    // Paths only: a header carries no personal text, and stays ASCII.
    const warnings = DRAWN.has(format) ? glyphGaps(checked.value) : [];
    if (warnings.length)
      res.set('Relief-Warnings', warnings.map((g) => `${MISSING_GLYPHS} ${g.path}`).join(', '));
    res
      .status(200)
      .type(file.contentType)
      .attachment(file.filename)
      .send(Buffer.from(file.bytes.buffer, file.bytes.byteOffset, file.bytes.byteLength));
  });

  if (batchHandler) router.post('/batch', batchHandler);

  return router;
}
