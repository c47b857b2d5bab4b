import { answersRelief, type Pack } from '../../../domain/pack-schema';
import type { Lang } from '../../i18n';
import { legalHelpOf, packName, remedyName } from '../pack-text';
import { reliefOf } from '../draft';
import { checkWhere } from '../validate';
import { field } from '../checker';
import type { PageCtx, PageSpec } from '../page-types';
import { afterListChange, next, show, t } from './helpers';
import type { StepModule } from './types';

/** The places to choose from: for restitution every pack is listed, and one without it says so. */
function wherePage(ctx: PageCtx): PageSpec {
  const lang = ctx.draft.lang;
  const relief = reliefOf(ctx.draft);
  const chosen = typeof ctx.typed === 'string' ? ctx.typed : (ctx.draft.jurisdiction ?? '');
  const options = ctx.registry.packs
    .filter((p) => relief === 'restitution' || answersRelief(p, 'vacatur'))
    .map((p) => {
      const r = relief === 'restitution' ? p.reliefs.restitution : p.reliefs.vacatur;
      const name = packName(p, lang);
      return {
        value: p.code,
        id: `jurisdiction-${p.code}`,
        label: name.text,
        labelEn: name.en,
        hint: r
          ? t(lang, 'where.reliefHint', {
              remedy: remedyName(r, lang).text,
              authority: r.authority,
            })
          : relief === 'vacatur' && p.reliefs.none
            ? t(lang, 'where.noReliefHint')
            : t(lang, 'where.noRestitutionHint'),
        checked: chosen === p.code,
      };
    });
  return {
    view: 'where',
    titleKey: relief === 'restitution' ? 'where.titleRestitution' : 'where.title',
    step: 'where',
    model: {
      options,
      restitution: relief === 'restitution',
      otherChecked: chosen === 'other',
      firstId: options[0]?.id ?? 'jurisdiction-other',
    },
  };
}

export function noLawPage(): PageSpec {
  return { view: 'no-law', titleKey: 'nolaw.title', step: 'where', model: {} };
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

export const where: StepModule = {
  page: wherePage,
  submit(s) {
    const relief = reliefOf(s.draft);
    const codes = s.registry.packs
      .filter((p) => relief === 'restitution' || answersRelief(p, 'vacatur'))
      .map((p) => p.code);
    const r = checkWhere(s.body, s, codes);
    if (!r.ok) return show('where', s.draft, { errors: r.errors, typed: r.typed });
    if (r.value === 'other')
      return { kind: 'special', special: { name: 'no-law' }, draft: s.draft };
    const pack = s.registry.get(r.value);
    if (pack && !answersRelief(pack, relief))
      return {
        kind: 'special',
        special: { name: 'no-restitution', code: pack.code },
        draft: s.draft,
      };
    if (r.value === s.draft.jurisdiction) return next(s.draft);
    return next(afterListChange({ ...s.draft, jurisdiction: r.value }));
  },
  typed: (s) => ({ typed: field(s.body, 'jurisdiction') }),
};
