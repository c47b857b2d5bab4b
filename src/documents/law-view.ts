import type { Pack, VacaturRelief } from '../domain/pack-schema';
import { courtDate, fechaLarga } from '../domain/dates';
import { addDaysIso } from '../domain/restitution/days';
import type { CaseCite, EsText, LawSpanishView, LawView } from './view-types';

/** The law as the papers and instructions print it, from the pack: English, and Spanish beside it. */

const squash = (s: string): string => s.toLowerCase().replace(/[^a-z0-9]/g, '');

/**
 * A case cited as the pack's sources give it (their own style, e.g. "People v G.M., 32 Misc 3d
 * 274 (…)"); only the name when the pack has no source for it, so no citation is ever invented.
 */
export function citeFromSources(pack: Pack, name: string): CaseCite {
  for (const s of pack.sources) {
    const comma = s.title.indexOf(',');
    const head = comma === -1 ? s.title : s.title.slice(0, comma);
    if (squash(head) === squash(name))
      return { name: head, rest: comma === -1 ? '' : s.title.slice(comma) };
  }
  return { name, rest: '' };
}

/** "The prosecuting agency" → "prosecuting agency", so templates can write "the {{party}}". */
export function partyName(party: string): string {
  const m = /^the\s+(.*)$/i.exec(party.trim());
  return m
    ? `${(m[1] as string).charAt(0).toLowerCase()}${(m[1] as string).slice(1)}`
    : party.trim();
}

const capitalised = (s: string): string => `${s.charAt(0).toUpperCase()}${s.slice(1)}`;

/** The Spanish when the pack gives it, else the English, marked as English. */
export function esText(en: string, es: string | undefined): EsText {
  return es ? { text: es, en: false } : { text: en, en: true };
}

/** Each English item beside its Spanish one; a Spanish list that does not line up is not used. */
function esList(en: readonly string[], es: readonly string[] | undefined): EsText[] {
  const spanish = es?.length === en.length ? es : [];
  return en.map((text, i) => esText(text, spanish[i]));
}

function lawSpanishView(relief: VacaturRelief): LawSpanishView {
  const p = relief.procedure;
  const parties = p.serve.map((s) => esText(partyName(s.party), s.partyEs));
  return {
    court: esText(p.court, p.courtEs),
    serve: p.serve.map((s, i) => {
      const party = parties[i] as EsText;
      return {
        party: { text: capitalised(party.text), en: party.en },
        text: esText(s.text, s.textEs),
      };
    }),
    serveParties: parties.map((x) => x.text).join(' y '),
    helpfulEvidence: esList(relief.proof.helpfulEvidence, relief.proof.helpfulEvidenceEs),
    feeText: esText(p.fee.text, p.fee.textEs),
    confidentiality: esText(p.confidentiality, p.confidentialityEs),
    hearing: esText(p.hearing, p.hearingEs),
    effectText: esText(relief.effect.text, relief.effect.textEs),
    openPoints: esList(relief.needsReview, relief.needsReviewEs),
  };
}

export function lawView(pack: Pack, relief: VacaturRelief, today: string): LawView {
  const p = relief.procedure;
  const days = p.responseDays ?? 0;
  const due = days ? addDaysIso(today, days) : '';
  return {
    jurisdiction: pack.name,
    draftsPapers: Object.keys(relief.papers).length > 0,
    authority: relief.authority,
    remedy: relief.remedy,
    remedyName: relief.remedyName,
    filing: p.filing,
    scope: relief.scope.offenses,
    nexusStandard: relief.nexus.standard,
    nexusText: relief.nexus.text,
    nexusCitation: relief.nexus.citation,
    timingText: relief.timing.text,
    timingCitation: relief.timing.citation,
    proofStandard: relief.proof.standard,
    proofText: relief.proof.text,
    proofCitation: relief.proof.citation,
    presumptions: relief.proof.presumptions,
    helpfulEvidence: relief.proof.helpfulEvidence,
    court: p.court,
    prosecutionName: pack.caption.plaintiff.name,
    prosecutionNames: [pack.caption.plaintiff.name],
    movantRole: p.movantRole,
    ownCase: p.ownCase === true,
    serve: p.serve.map((s) => ({
      party: partyName(s.party),
      heading: capitalised(partyName(s.party)),
      text: s.text,
    })),
    serveParties: p.serve.map((s) => partyName(s.party)).join(' and '),
    responseDays: days,
    hasResponseDays: days > 0,
    responseFromFiling: p.responseFrom === 'filing',
    responseDue: due ? courtDate(due) : '',
    responseDueEs: due ? fechaLarga(due) : '',
    feeText: p.fee.text,
    feeCents: p.fee.amount === null ? 0 : Math.round(p.fee.amount * 100),
    feeKnown: p.fee.amount !== null,
    feeFree: p.fee.amount === 0,
    confidentiality: p.confidentiality,
    hearing: p.hearing,
    procedureCitation: p.citation,
    perjuryClauseOfCourt: p.perjuryClause !== undefined,
    perjuryClause:
      p.perjuryClause ??
      'I declare under penalty of perjury that the foregoing is true and correct. Executed on ______________, 20____, at ______________________.',
    effectText: relief.effect.text,
    effectCitation: relief.effect.citation,
    sources: pack.sources.map((s) => ({ title: s.title, url: s.url, supports: s.supports })),
    openPoints: relief.needsReview,
    verifiedOn: courtDate(pack.verifiedOn),
    verifiedOnEs: fechaLarga(pack.verifiedOn),
    cases: Object.fromEntries(
      Object.entries(relief.citedCases).map(([key, name]) => [key, citeFromSources(pack, name)]),
    ),
    spanish: lawSpanishView(relief),
  };
}
