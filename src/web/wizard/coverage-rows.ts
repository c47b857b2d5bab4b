import { courtDate, fechaLarga } from '../../domain/dates';
import { paperTitles } from '../../jurisdictions/coverage-table';
import type { PackRegistry } from '../../jurisdictions/load-packs';
import { translate, type Lang } from '../i18n';

/** The coverage page's rows: each pack's remedy, law, court and papers, in the page's language. */
export function coverageRows(registry: PackRegistry, lang: Lang) {
  const es = lang === 'es';
  return [...registry.packs]
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((p) => {
      const none = p.reliefs.none;
      if (none)
        return {
          name: es && p.nameEs ? p.nameEs : p.name,
          remedy: translate(lang, `coverage.noRelief.${none.finding}`),
          remedyEn: false,
          authority: none.authority,
          court: '',
          courtEn: false,
          checked: es ? fechaLarga(p.verifiedOn) : courtDate(p.verifiedOn),
          papers: '',
          restitution: p.reliefs.restitution?.authority ?? '',
        };
      const v = p.reliefs.vacatur;
      const remedyEs = v?.remedyNameEs;
      const courtEs = v?.procedure.courtEs;
      return {
        name: es && p.nameEs ? p.nameEs : p.name,
        remedy: v ? (es && remedyEs ? remedyEs : v.remedyName) : '',
        remedyEn: es && !remedyEs,
        authority: v?.authority ?? '',
        court: v ? (es && courtEs ? courtEs : v.procedure.court) : '',
        courtEn: es && !courtEs,
        checked: es ? fechaLarga(p.verifiedOn) : courtDate(p.verifiedOn),
        papers: v ? paperTitles(v).join('; ') : '',
        restitution: p.reliefs.restitution?.authority ?? '',
      };
    });
}
