import { asksMarketRate as asksMarketRateIn } from '../../domain/restitution-pack-schema';
import { assess } from '../../domain/assess';
import { dateInWords } from './dates';
import { LOSS_CATEGORIES } from '../../domain/case-schema';
import type { Pack } from '../../domain/pack-schema';
import { formatCents } from '../../domain/restitution/money';
import { translate, type Lang, type MessageKey } from '../i18n';
import { claimView } from './claim';
import {
  emptyLoss,
  emptyPeriod,
  type CriminalCaseDraft,
  type Draft,
  type LossDraft,
  type PeriodDraft,
} from './draft';
import { parseDollars } from './money';
import { checkProblem } from './check-errors';
import { legalHelpOf, packName } from './pack-text';
import type { PageCtx, PageSpec } from './page-types';
import { draftToAssessableCase, stepOfCasePath } from './to-case';

const t = (lang: Lang, key: MessageKey, vars?: Record<string, string | number>) =>
  translate(lang, key, vars);

function packOf(ctx: PageCtx): Pack | undefined {
  return ctx.draft.jurisdiction ? ctx.registry.get(ctx.draft.jurisdiction) : undefined;
}

/** Asked when one of the pack's measures values the work at a market rate. */
export function asksMarketRate(pack: Pack | undefined): boolean {
  return asksMarketRateIn(pack?.reliefs.restitution);
}

/** Plain dollars as the person will read them in the papers ("$1,200.50"). */
function shown(dollars: string): string {
  const m = parseDollars(dollars);
  return m.ok ? formatCents(m.cents) : dollars;
}

function categoryLabel(pack: Pack | undefined, category: string, lang: Lang): string {
  const c = pack?.reliefs.restitution?.lossCategories[category as (typeof LOSS_CATEGORIES)[number]];
  return (lang === 'es' ? c?.labelEs : undefined) ?? c?.label ?? category;
}

function periodRow(p: PeriodDraft, i: number, lang: Lang) {
  const label = t(lang, 'period.titleN', { n: i + 1 });
  return {
    index: i,
    n: i + 1,
    dates: `${dateInWords(p.start, lang)} – ${dateInWords(p.end, lang)}`,
    hoursPerWeek: p.hoursPerWeek,
    daysPerWeek: p.daysPerWeek,
    gross: shown(p.grossToDefendant),
    paid: shown(p.paidToVictim || '0'),
    market: p.marketRatePerHour ? shown(p.marketRatePerHour) : '',
    changeLabel: `${t(lang, 'button.change')} ${label}`,
    removeLabel: `${t(lang, 'button.remove')} ${label}`,
  };
}

function lossRow(l: LossDraft, i: number, pack: Pack | undefined, lang: Lang) {
  const label = t(lang, 'loss.titleN', { n: i + 1 });
  return {
    index: i,
    n: i + 1,
    category: categoryLabel(pack, l.category, lang),
    description: l.description,
    amount: shown(l.amount),
    dates:
      l.start || l.end
        ? `${dateInWords(l.start || l.end, lang)} – ${dateInWords(l.end || l.start, lang)}`
        : '',
    changeLabel: `${t(lang, 'button.change')} ${label}`,
    removeLabel: `${t(lang, 'button.remove')} ${label}`,
  };
}

export function criminalCasePage(ctx: PageCtx): PageSpec {
  const values: CriminalCaseDraft = (ctx.typed as CriminalCaseDraft | undefined) ??
    ctx.draft.criminalCase ?? { court: '', caseNumber: '', defendants: '' };
  const federal = packOf(ctx)?.reliefs.restitution?.method === 'federal-1593';
  return {
    view: 'criminal-case',
    titleKey: 'criminalCase.title',
    step: 'criminal-case',
    model: {
      values,
      courtHint: t(
        ctx.draft.lang,
        federal ? 'criminalCase.courtHintFederal' : 'criminalCase.courtHintState',
      ),
    },
  };
}

export function periodPage(ctx: PageCtx): PageSpec {
  const pack = packOf(ctx);
  const index = ctx.index ?? ctx.draft.periods.length;
  const values =
    (ctx.typed as PeriodDraft | undefined) ?? ctx.draft.periods[index] ?? emptyPeriod();
  const federal = pack?.reliefs.restitution?.method === 'federal-1593';
  return {
    view: 'period',
    titleKey: 'period.titleN',
    titleVars: { n: index + 1 },
    step: 'period',
    model: {
      index,
      values,
      marketRate: asksMarketRate(pack),
      grossLabel: t(ctx.draft.lang, federal ? 'period.gross' : 'period.grossState'),
    },
  };
}

export function periodsPage(ctx: PageCtx): PageSpec {
  return {
    view: 'periods',
    titleKey: 'periods.title',
    step: 'periods',
    model: {
      periods: ctx.draft.periods.map((p, i) => periodRow(p, i, ctx.draft.lang)),
      count: ctx.draft.periods.length,
      marketRate: asksMarketRate(packOf(ctx)),
      values: { another: typeof ctx.typed === 'string' ? ctx.typed : '' },
    },
  };
}

export function lossesPage(ctx: PageCtx): PageSpec {
  const pack = packOf(ctx);
  const lang = ctx.draft.lang;
  return {
    view: 'losses',
    titleKey: 'losses.title',
    step: 'losses',
    model: {
      losses: ctx.draft.losses.map((l, i) => lossRow(l, i, pack, lang)),
      count: ctx.draft.losses.length,
      categories: LOSS_CATEGORIES.map((k) => categoryLabel(pack, k, lang)),
      legend: t(lang, ctx.draft.losses.length ? 'losses.another' : 'losses.any'),
      values: { another: typeof ctx.typed === 'string' ? ctx.typed : '' },
    },
  };
}

export function lossPage(ctx: PageCtx): PageSpec {
  const pack = packOf(ctx);
  const lang = ctx.draft.lang;
  const index = ctx.index ?? ctx.draft.losses.length;
  const values = (ctx.typed as LossDraft | undefined) ?? ctx.draft.losses[index] ?? emptyLoss();
  const categories = LOSS_CATEGORIES.map((k, i) => ({
    value: k,
    id: i === 0 ? 'category' : `category-${k}`,
    label: categoryLabel(pack, k, lang),
    checked: values.category === k,
  }));
  return {
    view: 'loss',
    titleKey: 'loss.titleN',
    titleVars: { n: index + 1 },
    step: 'loss',
    model: { index, values, categories },
  };
}

export function claimPage(ctx: PageCtx): PageSpec {
  const pack = packOf(ctx);
  const parsed = draftToAssessableCase(ctx.draft, ctx.today);
  if (!pack || !parsed.ok)
    return {
      view: 'claim',
      titleKey: 'claim.title',
      step: 'claim',
      model: {
        problems: parsed.ok ? [] : parsed.errors.map((e) => checkProblem(e, ctx.draft)),
        claim: undefined,
      },
    };
  const claim = claimView(assess(parsed.value, pack, ctx.today), pack, ctx.draft.lang);
  const law = pack.reliefs.restitution?.law.mandatory;
  return {
    view: 'claim',
    titleKey: 'claim.title',
    step: 'claim',
    model: {
      claim,
      law: law
        ? {
            ...(ctx.draft.lang === 'es' && law.messageEs
              ? { text: law.messageEs, en: false }
              : { text: law.message, en: ctx.draft.lang !== 'en' }),
            citation: law.citation,
          }
        : undefined,
    },
  };
}

/** An honest answer for a place whose pack has no restitution yet. */
export function noRestitutionPage(pack: Pack, lang: Lang = 'en'): PageSpec {
  const place = packName(pack, lang).text;
  return {
    view: 'no-restitution',
    titleKey: 'norest.title',
    titleVars: { place },
    step: 'where',
    model: { place, legalHelp: legalHelpOf(pack, lang) },
  };
}

export function checkRestitutionPage(ctx: PageCtx): PageSpec {
  const d: Draft = ctx.draft;
  const lang = d.lang;
  const pack = packOf(ctx);
  const cc = d.criminalCase;
  const p = d.person;
  const change = (action: string, label: MessageKey) => ({
    action,
    label: `${t(lang, 'button.change')} ${t(lang, label).toLowerCase()}`,
  });
  const address = p
    ? [p.line1, p.line2, p.city && `${p.city}, ${p.state} ${p.postalCode}`].filter(Boolean)
    : [];
  return {
    view: 'check-restitution',
    titleKey: 'check.title',
    step: 'check',
    model: {
      where: pack ? packName(pack, lang).text : (d.jurisdiction ?? ''),
      whereChange: change('change:where', 'check.whereRestitution'),
      criminalCase: cc
        ? { ...cc, defendants: cc.defendants.split('\n').filter(Boolean).join(', ') }
        : undefined,
      caseChange: change('change:criminal-case', 'check.criminalCase'),
      periods: d.periods.map((x, i) => periodRow(x, i, lang)),
      periodsChange: change('change:periods', 'check.periods'),
      losses: d.losses.map((x, i) => lossRow(x, i, pack, lang)),
      lossesChange: change('change:losses', 'check.losses'),
      person: p
        ? {
            ...p,
            otherNames: p.otherNames.split('\n').filter(Boolean).join(', '),
            address: address.join(', '),
          }
        : undefined,
      personChange: change('change:about', 'check.you'),
      attorney: d.who === 'attorney' ? d.attorney : undefined,
      problems: ctx.errors.map((e) => ({ ...e, step: stepOfCasePath(e, d).step })),
    },
  };
}
