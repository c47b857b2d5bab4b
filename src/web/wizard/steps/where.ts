import { answersRelief, type Pack } from '../../../domain/pack-schema';
import type { Lang } from '../../i18n';
import { paperTitles } from '../../../jurisdictions/coverage-table';
import { legalHelpOf, packName, remedyName } from '../pack-text';
import { reliefOf } from '../draft';
import { checkWhere } from '../validate';
import { field } from '../checker';
import type { PageCtx, PageSpec } from '../page-types';
import { afterListChange, next, show, t } from './helpers';
import type { StepModule } from './types';

type Group = 'papers' | 'lawyer' | 'none' | 'restitution' | 'noRestitution';
const GROUP_LABEL = {
  papers: 'where.groupPapers',
  lawyer: 'where.groupLawyer',
  none: 'where.groupNone',
  restitution: 'where.groupRestitution',
  noRestitution: 'where.groupNoRestitution',
} as const;

/** What the tool offers in a place, as the list groups it: papers, the law explained, or neither. */
function groupOf(p: Pack, relief: 'vacatur' | 'restitution'): Group {
  if (relief === 'restitution') return p.reliefs.restitution ? 'restitution' : 'noRestitution';
  const v = p.reliefs.vacatur;
  if (!v) return 'none';
  return paperTitles(v).length > 0 ? 'papers' : 'lawyer';
}

/**
 * The places to choose from, as one native list grouped by what the tool offers there (a list of
 * 50 long cards is too long on a phone): for restitution every pack is listed, and one without it
 * says so. Each option carries its one-line description, shown under the list once chosen.
 */
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
        label: name.text,
        labelEn: name.en,
        group: groupOf(p, relief),
        hint: r
          ? reliefHint(remedyName(r, lang).text, r.authority, lang)
          : relief === 'vacatur' && p.reliefs.none
            ? t(lang, 'where.noReliefHint')
            : t(lang, 'where.noRestitutionHint'),
        selected: chosen === p.code,
      };
    })
    .sort((a, b) => a.label.localeCompare(b.label, lang));
  const order: readonly Group[] =
    relief === 'restitution' ? ['restitution', 'noRestitution'] : ['papers', 'lawyer', 'none'];
  const groups = order
    .map((g) => ({ label: t(lang, GROUP_LABEL[g]), options: options.filter((o) => o.group === g) }))
    .filter((g) => g.options.length > 0);
  const other = {
    value: 'other',
    label: t(lang, 'where.other'),
    labelEn: false,
    hint: t(lang, 'where.otherHint'),
    selected: chosen === 'other',
  };
  // The whole name comes first: a phone's list may cut a long name short.
  const about = (o: { label: string; hint: string }) => `${o.label}: ${o.hint}`;
  const chosenOne = [...options, other].find((o) => o.selected);
  return {
    view: 'where',
    titleKey: relief === 'restitution' ? 'where.titleRestitution' : 'where.title',
    step: 'where',
    model: {
      groups: groups.map((g) => ({
        ...g,
        options: g.options.map((o) => ({ ...o, about: about(o) })),
      })),
      other: { ...other, about: about(other) },
      restitution: relief === 'restitution',
      about: chosenOne ? about(chosenOne) : '',
    },
  };
}

/** The remedy and its law, naming the law once where the remedy's name already cites it. */
function reliefHint(remedy: string, authority: string, lang: Lang): string {
  return remedy.includes(authority) ? remedy : t(lang, 'where.reliefHint', { remedy, authority });
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
