import type { Assessment, RecordAssessment } from '../domain/assessment';
import type { Address, Case, Conviction } from '../domain/case-schema';
import { courtDate } from '../domain/dates';
import type { Pack, VacaturRelief } from '../domain/pack-schema';
import {
  documentationLabel,
  engineReasonEs,
  fechaLarga,
  levelLabel,
  traffickingTypesText,
  type Lang,
} from './labels';

/**
 * The packet's view: every value a template prints, built from the case, its assessment and the
 * pack. The shapes are in view-types.ts; courts in court-view.ts; the law in law-view.ts.
 */

export * from './view-types';
import {
  BLANK,
  type AttorneyView,
  type PacketViewBase,
  type PersonView,
  type RecordView,
  type TraffickingView,
} from './view-types';
import { courtLabelOf, groupSets, plaintiffFor } from './court-view';
import { esText, lawView } from './law-view';
import { legalHelpView } from './legal-help-view';
export { groupSets, type CaptionCourt } from './court-view';
export { citeFromSources, esText, partyName } from './law-view';
export { swornFactsOf } from './sworn-facts';

export function addressLines(a: Address | undefined): string[] {
  if (!a) return [];
  return [a.line1, a.line2 ?? '', `${a.city}, ${a.state} ${a.postalCode}`.trim()].filter(Boolean);
}

function personView(c: Case): PersonView {
  const p = c.petitioner;
  return {
    name: p.legalName,
    otherNames: p.otherNames,
    otherNamesText: p.otherNames.join(', '),
    dateOfBirth: p.dateOfBirth ? courtDate(p.dateOfBirth) : '',
    addressLines: addressLines(p.address),
    phone: p.phone ?? '',
    email: p.email ?? '',
  };
}

export function attorneyView(c: Case, barLabel = 'Bar No.'): AttorneyView {
  if (c.representation.mode !== 'attorney')
    return { name: '', barLabel, barNumber: '', firm: '', addressLines: [], phone: '', email: '' };
  const a = c.representation.attorney;
  return {
    name: a.name,
    barLabel,
    barNumber: a.barNumber,
    firm: a.firm ?? '',
    addressLines: addressLines(a.address),
    phone: a.phone ?? '',
    email: a.email ?? '',
  };
}

/** The filer block: whoever files, with their contact lines, and whom they file for (`role`). */
function filerLines(
  person: PersonView,
  attorney: AttorneyView,
  represented: boolean,
  role: string,
): string[] {
  if (represented)
    return [
      `${attorney.name} (${attorney.barLabel} ${attorney.barNumber})`,
      attorney.firm,
      ...attorney.addressLines,
      attorney.phone ? `Telephone: ${attorney.phone}` : '',
      attorney.email ? `Email: ${attorney.email}` : '',
      `Attorney for ${role} ${person.name}`,
    ].filter(Boolean);
  return [
    person.name,
    ...person.addressLines,
    person.phone ? `Telephone: ${person.phone}` : '',
    person.email ? `Email: ${person.email}` : '',
    `${role}, Self-Represented`,
  ].filter(Boolean);
}

/** Split the person's account into paragraphs: at blank lines, or at each line when there are none. */
export function narrativeParagraphs(text: string): string[] {
  const trimmed = text.trim();
  if (!trimmed) return [];
  const pieces = /\n\s*\n/.test(trimmed) ? trimmed.split(/\n\s*\n/) : trimmed.split('\n');
  return pieces.map((p) => p.replace(/\s+/g, ' ').trim()).filter(Boolean);
}

// Documents of trafficking status issued by a government agency (the kinds some laws presume
// from). A U visa rests on many other crimes and a court is not an agency, so neither is listed.
const OFFICIAL_KINDS = new Set([
  't-visa',
  'continued-presence',
  'certification-letter',
  'law-enforcement',
]);

function traffickingView(c: Case, today: string): TraffickingView {
  const t = c.trafficking;
  if (!t)
    return {
      types: '',
      typesEs: '',
      start: '',
      startEs: '',
      end: '',
      endEs: '',
      ongoing: false,
      servicesSought: '',
      servicesSoughtEs: '',
      narrative: [],
      documentation: [],
      hasOfficialDocumentation: false,
      safety: [],
    };
  const documentation = t.documentation.map((d) => ({
    kind: d.kind,
    label: documentationLabel(d.kind, 'en'),
    labelEs: documentationLabel(d.kind, 'es'),
    issuer: d.issuer ?? '',
    date: d.date ? courtDate(d.date) : '',
    dateEs: d.date ? fechaLarga(d.date) : '',
    official: OFFICIAL_KINDS.has(d.kind),
  }));
  const ongoing = !t.endDate || t.endDate > today;
  return {
    types: traffickingTypesText(t.types, 'en'),
    typesEs: traffickingTypesText(t.types, 'es'),
    start: courtDate(t.startDate),
    startEs: fechaLarga(t.startDate),
    end: t.endDate ? courtDate(t.endDate) : '',
    endEs: t.endDate ? fechaLarga(t.endDate) : '',
    ongoing,
    servicesSought: t.servicesSoughtDate ? courtDate(t.servicesSoughtDate) : '',
    servicesSoughtEs: t.servicesSoughtDate ? fechaLarga(t.servicesSoughtDate) : '',
    narrative: narrativeParagraphs(t.narrative),
    documentation,
    hasOfficialDocumentation: documentation.some((d) => d.official),
    safety: narrativeParagraphs(t.safetyConcerns),
  };
}

// How a charge ended, as a motion pleads it (18 U.S.C. § 3771A(b)(1)(C)(ii)(I)–(II)).
const OUTCOMES: Record<string, string> = {
  acquitted: 'Movant was acquitted of the charge (18 U.S.C. § 3771A(b)(1)(C)(ii)(I)).',
  'dismissed-on-government-motion':
    'The Government moved to dismiss the charge (18 U.S.C. § 3771A(b)(1)(C)(ii)(II)).',
  'not-prosecuted':
    'The Government did not pursue the charge (18 U.S.C. § 3771A(b)(1)(C)(ii)(II)).',
};

function recordView(
  record: Conviction,
  a: RecordAssessment | undefined,
  index: number,
  c: Case,
  today: string,
): RecordView {
  const t = c.trafficking;
  const status = a?.status ?? 'needs-review';
  const all = a?.reasons ?? [];
  // The first reason says why the law reaches the record; later ones are what makes it uncertain.
  const shown = status === 'needs-review' && all.length > 1 ? all.slice(1) : all;
  const spanish = shown.map((r) => r.messageEs ?? engineReasonEs(r.code));
  const when = record.offenseDate ?? record.arrestDate;
  const tags = a?.offense?.tags ?? [];
  return {
    index,
    offense: record.offense,
    citation: a?.offense?.citation ?? record.offense,
    name: a?.offense?.name ?? record.description ?? '',
    nameEs: a?.offense?.nameEs ?? '',
    description: record.description ?? '',
    level: levelLabel(record.level ?? a?.offense?.level),
    arrestDate: courtDate(record.arrestDate),
    arrestDateEs: fechaLarga(record.arrestDate),
    convictionDate: record.convictionDate ? courtDate(record.convictionDate) : '',
    convictionDateEs: record.convictionDate ? fechaLarga(record.convictionDate) : '',
    offenseDate: record.offenseDate ? courtDate(record.offenseDate) : '',
    offenseDateEs: record.offenseDate ? fechaLarga(record.offenseDate) : '',
    isConviction: !!record.convictionDate && !record.juvenile,
    isJuvenile: record.juvenile,
    isArrest: !record.convictionDate && !record.juvenile,
    levelB: tags.includes('crime-of-violence-16a') || tags.includes('crime-of-violence-unclear'),
    outcome: OUTCOMES[record.disposition ?? ''] ?? '',
    noChildVictim: record.childVictim === false,
    arrestPlace: record.arrestPlace ?? '',
    court: record.court ?? '',
    county: record.county ?? '',
    courtLabel: courtLabelOf(record.court ?? '', record.county ?? ''),
    docket: record.docketNumber ?? '',
    duringTrafficking: !!t && when >= t.startDate && when <= (t.endDate ?? today),
    docketOrBlank: record.docketNumber ?? BLANK,
    status,
    needsReview: status === 'needs-review',
    reason: shown.map((r) => r.message).join(' '),
    reasonEs: spanish.every(Boolean)
      ? { text: spanish.join(' '), en: false }
      : { text: shown.map((r) => r.message).join(' '), en: true },
    remedy: a?.remedy ?? '',
  };
}

// The remedy in Spanish words that say what it does (docs/spanish.md: anular, borrar, sellar).
const PACKET_TITLES_ES: Record<string, string> = {
  vacatur: 'Paquete para pedir que se anulen sus condenas',
  expungement: 'Paquete para pedir que se borren sus antecedentes',
  sealing: 'Paquete para pedir que se sellen sus antecedentes',
};

export interface ViewOptions {
  today: string;
  lang: Lang;
  packetTitle: string;
}

/** Every fact of the case the vacatur templates print; the plan adds the papers (`completeView`). */
export function buildPacketView(
  c: Case,
  a: Assessment,
  pack: Pack,
  relief: VacaturRelief,
  opts: ViewOptions,
): PacketViewBase {
  const byIndex = new Map(a.convictions.map((r) => [r.index, r]));
  const records = c.convictions.map((r, i) => recordView(r, byIndex.get(i), i, c, opts.today));
  // Only what the law reaches on the facts given goes into a court paper; an open question never
  // does: those records go to the lawyer's memo (docs/decisions.md, "Needs-review records").
  const included = records.filter((r) => r.status === 'eligible');
  const review = records.filter((r) => r.status === 'needs-review');
  const excluded = records.filter((r) => r.status === 'ineligible');
  const person = personView(c);
  const attorney = attorneyView(c, pack.caption.barNumberLabel);
  const represented = c.representation.mode === 'attorney';
  const sets = groupSets(
    included,
    relief.procedure.multipleCourts,
    pack.caption.countyLine,
    relief.procedure.captionCourt,
    relief.procedure.filingCourt,
  );
  // The papers of each court name the party that brings its cases (a city, for a municipal court).
  const prosecutionNames = [
    ...new Set(
      (sets.length ? sets : [{ court: { name: '' } }]).map(
        (set) => plaintiffFor(set.court.name, pack).name,
      ),
    ),
  ];
  return {
    lang: opts.lang,
    es: opts.lang === 'es',
    today: courtDate(opts.today),
    todayEs: fechaLarga(opts.today),
    packetTitle: opts.packetTitle,
    packetTitleEs: `${PACKET_TITLES_ES[relief.remedy] ?? 'Paquete para limpiar sus antecedentes'} (${opts.packetTitle})`,
    petitioner: person,
    represented,
    attorney,
    // The pleading layout's block has always said "Petitioner"; a pack that asks for the block
    // in the standard layout names the person as its papers do.
    filerLines: filerLines(
      person,
      attorney,
      represented,
      pack.caption.filerBlock ? relief.procedure.movantRole : 'Petitioner',
    ),
    trafficking: traffickingView(c, opts.today),
    law: { ...lawView(pack, relief, opts.today), prosecutionNames },
    requirements: a.requirements.map((r) => {
      const due = r.dueDate ? courtDate(r.dueDate) : '';
      const dueEs = r.dueDate ? fechaLarga(r.dueDate) : '';
      const messageEs = esText(r.message, r.messageEs);
      // A date the message already says is not repeated after it.
      return {
        message: r.message,
        messageEs,
        citation: r.citation ?? '',
        due: r.message.includes(due) ? '' : due,
        dueEs: messageEs.text.includes(dueEs) ? '' : dueEs,
      };
    }),
    legalHelp: legalHelpView(pack),
    hasLegalHelp: pack.legalHelp.length > 0,
    sets,
    excluded,
    hasExcluded: excluded.length > 0,
    review,
    hasReview: review.length > 0,
    appearRemotely: c.requests?.appearRemotely === true,
  };
}
