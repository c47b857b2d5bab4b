import type { SwornFact } from './document-catalog';
import type { PacketViewBase } from './view-types';
import { SWORN_FACTS } from '../domain/vacatur-papers-schema';

/** What one sworn paper states: some of SWORN_FACTS (absent: all) and further facts in words. */
export interface SwornPaper {
  swears?: readonly SwornFact[];
  swearsAlso?: readonly { en: string; es: string }[];
}

/**
 * What the person swears to, in plain words (issue 16), from what their sworn papers state: the
 * trafficking and its dates, each record in the papers and its link to the trafficking, when help
 * was sought, the account itself, and any further fact a paper states. A fact no sworn paper
 * states is not listed (a declaration that states each conviction states nothing of the trafficking).
 */
export function swornFactsOf(
  view: PacketViewBase,
  papers: readonly SwornPaper[],
): { en: string[]; es: string[] } {
  const says = new Set<SwornFact>(papers.flatMap((p) => p.swears ?? SWORN_FACTS));
  const t = view.trafficking;
  const en: string[] = [];
  const es: string[] = [];
  if (says.has('trafficking') && t.types) {
    en.push(`That you were a victim of ${t.types} from ${t.start}${t.end ? ` to ${t.end}` : ''}.`);
    es.push(
      `Que usted fue víctima de ${t.typesEs} desde el ${t.startEs}${t.endEs ? ` hasta el ${t.endEs}` : ''}.`,
    );
  }
  // In Spanish the charge is named too, so the person can read what they swear to.
  const chargeEs = (r: { citation: string; nameEs: string }) =>
    r.nameEs ? `${r.citation} (${r.nameEs})` : r.citation;
  const chargeEn = (r: { citation: string; name: string }) =>
    r.name ? `${r.citation} (${r.name})` : r.citation;
  const records = says.has('records');
  const link = says.has('link');
  for (const set of view.sets)
    for (const r of set.records) {
      if (records && link && r.isConviction) {
        en.push(
          `That you were arrested on ${r.arrestDate} and convicted on ${r.convictionDate} of ${r.citation}, and that this was a result of the trafficking.`,
        );
        es.push(
          `Que el ${r.arrestDateEs} hubo un arresto contra usted por ${chargeEs(r)}, que el ${r.convictionDateEs} hubo una condena, y que eso fue resultado de la trata.`,
        );
      } else if (records && link) {
        en.push(
          `That you were arrested on ${r.arrestDate} for ${r.citation}, and that the arrest was a result of the trafficking (the papers do not say you did what you were arrested for).`,
        );
        es.push(
          `Que el ${r.arrestDateEs} hubo un arresto contra usted por ${chargeEs(r)}, y que ese arresto fue resultado de la trata (los documentos no dicen que usted hizo aquello por lo que hubo el arresto).`,
        );
      } else if (records && r.isConviction) {
        en.push(`That you were convicted on ${r.convictionDate} of ${r.citation}.`);
        es.push(`Que el ${r.convictionDateEs} hubo una condena contra usted por ${chargeEs(r)}.`);
      } else if (records) {
        en.push(
          `That you were arrested on ${r.arrestDate} for ${r.citation} (the papers do not say you did what you were arrested for).`,
        );
        es.push(
          `Que el ${r.arrestDateEs} hubo un arresto contra usted por ${chargeEs(r)} (los documentos no dicen que usted hizo aquello por lo que hubo el arresto).`,
        );
      } else if (link) {
        en.push(`That the record of ${r.citation} was a result of the trafficking.`);
        es.push(`Que el antecedente por ${chargeEs(r)} fue resultado de la trata.`);
      }
      if (says.has('during-trafficking') && r.duringTrafficking) {
        en.push(
          `That you were being trafficked at the time of the events behind the charge of ${chargeEn(r)}.`,
        );
        es.push(
          `Que usted estaba bajo la trata en el momento de los hechos del cargo de ${chargeEs(r)}.`,
        );
      }
    }
  if (says.has('help-sought') && t.servicesSought) {
    en.push(`That you first sought help as a victim of trafficking on ${t.servicesSought}.`);
    es.push(`Que pidió ayuda por primera vez como víctima de trata el ${t.servicesSoughtEs}.`);
  }
  if (says.has('own-words') && t.narrative.length) {
    en.push('Everything you wrote in your own words about what happened.');
    es.push('Todo lo que usted escribió con sus propias palabras sobre lo que pasó.');
  }
  if (says.has('safety') && t.safety.length) {
    en.push('What you wrote about your safety, or your family’s, in your own words.');
    es.push(
      'Lo que usted escribió con sus propias palabras sobre su seguridad o la de su familia.',
    );
  }
  const also = new Map(papers.flatMap((p) => p.swearsAlso ?? []).map((f) => [f.en, f]));
  for (const f of also.values()) {
    en.push(f.en);
    es.push(f.es);
  }
  return { en, es };
}
