import { DOCUMENTATION_KINDS } from '../../../domain/case-schema';
import type { MessageKey } from '../../i18n';
import { checkProblem } from '../check-errors';
import { packName } from '../pack-text';
import { type Draft, reliefOf } from '../draft';
import { dateInWords } from '../dates';
import { draftToCase, stepOfCasePath } from '../to-case';
import type { PageCtx, PageSpec } from '../page-types';
import { packOf, show, t } from './helpers';
import { lossRow, periodRow, recordRow } from './rows';
import type { Outcome, StepModule, SubmitCtx } from './types';

function words(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

function checkPage(ctx: PageCtx): PageSpec {
  if (reliefOf(ctx.draft) === 'restitution') return checkRestitutionPage(ctx);
  const d = ctx.draft;
  const lang = d.lang;
  const pack = packOf(ctx);
  const tr = d.trafficking;
  const p = d.person;
  const a = d.attorney;
  const none = t(lang, 'check.none');
  const docs = tr?.documentation
    .map((k) => t(lang, `doc.${k as (typeof DOCUMENTATION_KINDS)[number]}`))
    .join(', ');
  const types = tr?.types
    .map((k) => t(lang, k === 'labor' ? 'trafficking.type.labor' : 'trafficking.type.sex'))
    .join(', ');
  const recordsStep = d.who === 'attorney' ? 'records-table' : 'records';
  const accountStep = d.who === 'attorney' ? 'trafficking' : 'account';
  const address = p
    ? [p.line1, p.line2, p.city && `${p.city}, ${p.state} ${p.postalCode}`].filter(Boolean)
    : [];
  const change = (step: string, label: string) => ({
    action: `change:${step}`,
    label: `${t(lang, 'button.change')} ${label.toLowerCase()}`,
  });
  const problems = ctx.errors.map((e) => {
    const at = stepOfCasePath(e, d);
    return { ...e, step: at.step };
  });
  return {
    view: 'check',
    titleKey: 'check.title',
    step: 'check',
    model: {
      where: pack ? packName(pack, lang).text : (d.jurisdiction ?? ''),
      whereChange: change('where', t(lang, 'check.where')),
      records: d.records.map((r, i) => recordRow(r, i, pack, lang)),
      recordsChange: change(recordsStep, t(lang, 'check.records')),
      trafficking: {
        types: types || none,
        period: tr
          ? `${dateInWords(tr.startDate, lang)} – ${tr.endDate ? dateInWords(tr.endDate, lang) : t(lang, 'check.now')}`
          : '',
        ended: tr ? t(lang, tr.endDate ? 'yes' : 'check.notEnded') : '',
        sought: tr?.servicesSoughtDate
          ? dateInWords(tr.servicesSoughtDate, lang)
          : t(lang, 'check.notGiven'),
        docs: docs || none,
      },
      traffickingChange: change('trafficking', t(lang, 'check.trafficking')),
      account: d.narrative
        ? t(lang, 'check.accountWords', { n: words(d.narrative) })
        : t(lang, 'check.accountEmpty'),
      accountChange: change(accountStep, t(lang, 'check.account')),
      person: p
        ? {
            ...p,
            dateOfBirth: dateInWords(p.dateOfBirth, lang),
            otherNames: p.otherNames.split('\n').filter(Boolean).join(', '),
            address: address.join(', '),
          }
        : undefined,
      personChange: change(
        'about',
        t(lang, d.who === 'attorney' ? 'check.you@client' : 'check.you'),
      ),
      attorney: d.who === 'attorney' ? a : undefined,
      problems,
    },
  };
}

function checkRestitutionPage(ctx: PageCtx): PageSpec {
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
      personChange: change('change:about', d.who === 'attorney' ? 'check.you@client' : 'check.you'),
      attorney: d.who === 'attorney' ? d.attorney : undefined,
      problems: ctx.errors.map((e) => ({ ...e, step: stepOfCasePath(e, d).step })),
    },
  };
}

/** The whole case, checked by the engine's rules: its problems on the check page, else the downloads. */
export function checkWhole(s: SubmitCtx): Outcome {
  const parsed = draftToCase(s.draft, s.today, s.asks);
  if (!parsed.ok)
    return show('check', s.draft, { errors: parsed.errors.map((e) => checkProblem(e, s.draft)) });
  return show('download', { ...s.draft, returnTo: undefined });
}

export const check: StepModule = { page: checkPage, submit: checkWhole };
