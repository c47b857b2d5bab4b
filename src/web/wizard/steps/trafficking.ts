import { DOCUMENTATION_KINDS } from '../../../domain/case-schema';
import type { Draft } from '../draft';
import { checkTrafficking } from '../validate';
import { field, fieldList } from '../checker';
import { blank, kept } from '../keep-on-back';
import type { PageCtx, PageSpec } from '../page-types';
import { next, pick, show, t } from './helpers';
import type { StepModule } from './types';

function traffickingPage(ctx: PageCtx): PageSpec {
  const typed = ctx.typed as
    { trafficking: Draft['trafficking']; narrative?: string; ended?: string } | undefined;
  const tr = typed?.trafficking ?? ctx.draft.trafficking;
  const lang = ctx.draft.lang;
  const values = {
    ended: typed?.ended ?? (tr ? (tr.endDate ? 'yes' : 'no') : ''),
    types: tr?.types ?? [],
    startDate: tr?.startDate ?? '',
    endDate: tr?.endDate ?? '',
    servicesSoughtDate: tr?.servicesSoughtDate ?? '',
    documentation: tr?.documentation ?? [],
    narrative: typed?.narrative ?? ctx.draft.narrative ?? '',
  };
  const docs = DOCUMENTATION_KINDS.map((k) => ({
    value: k,
    id: `documentation-${k}`,
    label: t(lang, `doc.${k}`),
    checked: values.documentation.includes(k),
  }));
  const types = (['sex', 'labor'] as const).map((k) => ({
    value: k,
    id: `types-${k}`,
    label: t(lang, k === 'sex' ? 'trafficking.type.sex' : 'trafficking.type.labor'),
    checked: values.types.includes(k),
  }));
  return {
    view: 'trafficking',
    titleKey: 'trafficking.title',
    step: 'trafficking',
    model: { values, docs, types, withNarrative: ctx.draft.who === 'attorney' },
  };
}

export const trafficking: StepModule = {
  page: traffickingPage,
  submit(s) {
    const withNarrative = s.draft.who === 'attorney';
    const r = checkTrafficking(s.body, s, withNarrative);
    if (!r.ok) return show('trafficking', s.draft, { errors: r.errors, typed: r.typed });
    const draft: Draft = { ...s.draft, trafficking: r.value.trafficking, outcomeSeen: false };
    if (withNarrative) draft.narrative = r.value.narrative ?? '';
    return next(draft);
  },
  keep(s) {
    const d = s.draft;
    const attorney = d.who === 'attorney';
    const r = checkTrafficking(s.body, s, attorney);
    const v = kept(r);
    if (blank(v.trafficking) && blank(v.narrative)) return d;
    const trafficking = r.ok
      ? v.trafficking
      : { ...v.trafficking, endDate: v.ended === 'yes' ? v.trafficking.endDate : '' };
    return {
      ...d,
      ...(blank(v.trafficking) ? {} : { trafficking }),
      ...(attorney && v.narrative !== undefined ? { narrative: v.narrative } : {}),
      outcomeSeen: false,
    };
  },
  typed: (s) => ({
    typed: {
      trafficking: {
        ...pick(s.body, ['startDate', 'endDate', 'servicesSoughtDate']),
        types: fieldList(s.body, 'types'),
        documentation: fieldList(s.body, 'documentation'),
      },
      narrative: field(s.body, 'narrative'),
      ended: field(s.body, 'ended'),
    },
  }),
};
