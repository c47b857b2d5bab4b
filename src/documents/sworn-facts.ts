import type { PacketViewBase } from './view-types';

/**
 * What the person swears to, in plain words (issue 16): the trafficking and its dates, each record
 * in the papers and its link to the trafficking, when help was sought, the account itself.
 */
export function swornFactsOf(view: PacketViewBase): { en: string[]; es: string[] } {
  const t = view.trafficking;
  const en: string[] = [];
  const es: string[] = [];
  if (t.types) {
    en.push(`That you were a victim of ${t.types} from ${t.start}${t.end ? ` to ${t.end}` : ''}.`);
    es.push(
      `Que usted fue víctima de ${t.typesEs} desde el ${t.startEs}${t.endEs ? ` hasta el ${t.endEs}` : ''}.`,
    );
  }
  // In Spanish the charge is named too, so the person can read what they swear to.
  const chargeEs = (r: { citation: string; nameEs: string }) =>
    r.nameEs ? `${r.citation} (${r.nameEs})` : r.citation;
  for (const set of view.sets)
    for (const r of set.records) {
      if (r.isConviction) {
        en.push(
          `That you were arrested on ${r.arrestDate} and convicted on ${r.convictionDate} of ${r.citation}, and that this was a result of the trafficking.`,
        );
        es.push(
          `Que el ${r.arrestDateEs} hubo un arresto contra usted por ${chargeEs(r)}, que el ${r.convictionDateEs} hubo una condena, y que eso fue resultado de la trata.`,
        );
      } else {
        en.push(
          `That you were arrested on ${r.arrestDate} for ${r.citation}, and that the arrest was a result of the trafficking (the papers do not say you did what you were arrested for).`,
        );
        es.push(
          `Que el ${r.arrestDateEs} hubo un arresto contra usted por ${chargeEs(r)}, y que ese arresto fue resultado de la trata (los documentos no dicen que usted hizo aquello por lo que hubo el arresto).`,
        );
      }
      if (r.duringTrafficking) {
        en.push(`That you were being trafficked at the time of ${r.citation}.`);
        es.push(`Que usted estaba bajo la trata en el momento de ${chargeEs(r)}.`);
      }
    }
  if (t.servicesSought) {
    en.push(`That you first sought help as a victim of trafficking on ${t.servicesSought}.`);
    es.push(`Que pidió ayuda por primera vez como víctima de trata el ${t.servicesSoughtEs}.`);
  }
  if (t.narrative.length) {
    en.push('Everything you wrote in your own words about what happened.');
    es.push('Todo lo que usted escribió con sus propias palabras sobre lo que pasó.');
  }
  return { en, es };
}
