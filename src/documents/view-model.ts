import type { Assessment, RecordAssessment } from '../domain/assessment';
import type { Address, Case, Conviction } from '../domain/case-schema';
import { courtDate } from '../domain/dates';
import { addDaysIso } from '../domain/restitution/days';
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
 * View models: every value a template prints, already worded and dated. Every key is always
 * present (strict Handlebars throws on a missing one) and an absent optional value is '' or [],
 * so a template can never print "undefined" or "null".
 */

/** A line left for the person to fill in by hand. */
export const BLANK = '____________________';

/** A pack text for a Spanish page: the Spanish when the pack gives it, else the English, marked `en`. */
export interface EsText {
  text: string;
  en: boolean;
}

export interface RecordView {
  /** Position in the case's list of records (0-based), as the assessment counts. */
  index: number;
  /** The charge as written on the record. */
  offense: string;
  /** The canonical citation when the charge was identified, else the charge as written. */
  citation: string;
  /** The offense's name from the catalogue, else the description given, else ''. */
  name: string;
  description: string;
  level: string;
  arrestDate: string;
  arrestDateEs: string;
  convictionDate: string;
  convictionDateEs: string;
  /** The date of the offense when the person gave one apart from the arrest, else ''. */
  offenseDate: string;
  offenseDateEs: string;
  isConviction: boolean;
  isJuvenile: boolean;
  /** An adult record with no conviction: an arrest, a dismissed or an acquitted charge. */
  isArrest: boolean;
  /** Federal: a violent (level B) offense, whose arrest motion must plead how the charge ended. */
  levelB: boolean;
  /** How the charge ended, as the federal motion pleads it (a sentence with its citation), or ''. */
  outcome: string;
  /** The answer that no child was a victim of the offense. */
  noChildVictim: boolean;
  /** Where the person was arrested, or ''. */
  arrestPlace: string;
  court: string;
  county: string;
  /** "Criminal Court of the City of New York, Queens County", or ''. */
  courtLabel: string;
  docket: string;
  /** The offense (or, without its date, the arrest) falls inside the trafficking period given. */
  duringTrafficking: boolean;
  /** The docket number, or a blank line to fill in. */
  docketOrBlank: string;
  status: string;
  needsReview: boolean;
  /** Why a lawyer should look (needs-review) or why it was left out (ineligible). */
  reason: string;
  /** The same reason for the Spanish cover: all in Spanish, or (when any part has none) the English. */
  reasonEs: EsText;
  remedy: string;
}

export interface CourtView {
  name: string;
  county: string;
  /** "Queens County", or ''. */
  countyLabel: string;
  /** Caption lines, upper case. */
  lines: string[];
  /** "Criminal Court of the City of New York, Queens County", or '' when no court was given. */
  label: string;
}

export interface SetView {
  number: number;
  total: number;
  multiple: boolean;
  court: CourtView;
  records: RecordView[];
  convictions: RecordView[];
  arrests: RecordView[];
  review: RecordView[];
  hasReview: boolean;
  several: boolean;
  /** Federal: what the motion asks for, by record (sentence reductions go to the lawyer's memo). */
  vacate: RecordView[];
  expunge: RecordView[];
  docketNumbers: string[];
  /** Titles of the court papers in this set, in filing order (filled in by the packet builder). */
  documents: string[];
  /** The title of the set's proof of service, or ''. */
  serviceTitle: string;
  /** The same papers with what each is, in Spanish (for the Spanish instructions). */
  papersEs: { title: string; es: string }[];
}

export interface PersonView {
  name: string;
  otherNames: string[];
  otherNamesText: string;
  dateOfBirth: string;
  addressLines: string[];
  phone: string;
  email: string;
}

export interface AttorneyView {
  name: string;
  barNumber: string;
  firm: string;
  addressLines: string[];
  phone: string;
  email: string;
}

export interface DocumentationView {
  label: string;
  labelEs: string;
  issuer: string;
  date: string;
  dateEs: string;
  official: boolean;
}

export interface TraffickingView {
  types: string;
  typesEs: string;
  start: string;
  startEs: string;
  end: string;
  endEs: string;
  ongoing: boolean;
  servicesSought: string;
  servicesSoughtEs: string;
  narrative: string[];
  documentation: DocumentationView[];
  hasOfficialDocumentation: boolean;
  safety: string[];
}

export interface CaseCite {
  /** The case name, printed in italics. */
  name: string;
  /** What follows the name in the pack's source title (", 41 Misc. 3d 428 (…)"), or ''. */
  rest: string;
}

export interface LawView {
  jurisdiction: string;
  authority: string;
  remedy: string;
  remedyName: string;
  filing: string;
  scope: string;
  nexusStandard: string;
  nexusText: string;
  nexusCitation: string;
  timingText: string;
  timingCitation: string;
  proofStandard: string;
  proofText: string;
  proofCitation: string;
  presumptions: { text: string; citation: string }[];
  helpfulEvidence: string[];
  court: string;
  /** Who must be served: `party` reads after "the", `heading` starts a line. */
  serve: { party: string; heading: string; text: string }[];
  serveParties: string;
  responseDays: number;
  hasResponseDays: boolean;
  /** When the other side's time to answer ends if the papers are served today. */
  responseDue: string;
  responseDueEs: string;
  feeText: string;
  feeCents: number;
  feeKnown: boolean;
  feeFree: boolean;
  confidentiality: string;
  hearing: string;
  procedureCitation: string;
  /** The closing sentence of a declaration made by someone other than the person. */
  perjuryClause: string;
  effectText: string;
  effectCitation: string;
  sources: { title: string; url: string; supports: string }[];
  openPoints: string[];
  verifiedOn: string;
  verifiedOnEs: string;
  /** Case law the templates cite, by the pack's key (`law.cases.gm`). */
  cases: Record<string, CaseCite>;
  /** The pack's wording for the Spanish instructions and cover. */
  spanish: LawSpanishView;
}

export interface LawSpanishView {
  court: EsText;
  /** `party` starts a line ("La fiscalía (prosecuting agency)"). */
  serve: { party: EsText; text: EsText }[];
  /** "la fiscalía de distrito (District Attorney)", joined with "y". */
  serveParties: string;
  helpfulEvidence: EsText[];
  feeText: EsText;
  confidentiality: EsText;
  hearing: EsText;
  effectText: EsText;
  openPoints: EsText[];
}

export interface SigningView {
  title: string;
  plain: string;
  plainEs: string;
  sworn: boolean;
}

export interface PacketView {
  lang: Lang;
  es: boolean;
  today: string;
  todayEs: string;
  packetTitle: string;
  /** The packet's name for a Spanish cover, with the English name the papers use beside it. */
  packetTitleEs: string;
  petitioner: PersonView;
  represented: boolean;
  attorney: AttorneyView;
  /** California caption: who files, top left of page 1. */
  filerLines: string[];
  trafficking: TraffickingView;
  law: LawView;
  requirements: {
    message: string;
    messageEs: EsText;
    citation: string;
    due: string;
    dueEs: string;
  }[];
  legalHelp: { name: string; url: string; phone: string }[];
  hasLegalHelp: boolean;
  sets: SetView[];
  excluded: RecordView[];
  hasExcluded: boolean;
  review: RecordView[];
  hasReview: boolean;
  appearRemotely: boolean;
  /** Titles of the papers the person must sign before a notary. */
  notaryDocuments: string[];
  /** The papers the person (or their lawyer) signs, each with what it is and whether it is sworn. */
  signing: SigningView[];
  /** Papers someone else signs: the service provider, whoever serves the papers, the translator. */
  providerPapers: string[];
  serverPapers: string[];
  translatorPapers: string[];
  /** In plain words, the facts the person's sworn papers state, in both languages. */
  swornFacts: { en: string[]; es: string[] };
  /** Every document of the packet, in order, for the cover page ('' court for cover and instructions). */
  contents: { number: number; title: string; court: string }[];
  /** More than one set of papers (one per court). */
  multipleSets: boolean;
}

/** The view one court document is filled with: the packet, its set and its own title. */
export interface DocumentView extends PacketView {
  set: SetView;
  doc: { id: string; title: string };
  /** The other papers of the set (what a proof of service lists). */
  others: string[];
}

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

export function attorneyView(c: Case): AttorneyView {
  if (c.representation.mode !== 'attorney')
    return { name: '', barNumber: '', firm: '', addressLines: [], phone: '', email: '' };
  const a = c.representation.attorney;
  return {
    name: a.name,
    barNumber: a.barNumber,
    firm: a.firm ?? '',
    addressLines: addressLines(a.address),
    phone: a.phone ?? '',
    email: a.email ?? '',
  };
}

function filerLines(person: PersonView, attorney: AttorneyView, represented: boolean): string[] {
  if (represented)
    return [
      `${attorney.name} (Bar No. ${attorney.barNumber})`,
      attorney.firm,
      ...attorney.addressLines,
      attorney.phone ? `Telephone: ${attorney.phone}` : '',
      attorney.email ? `Email: ${attorney.email}` : '',
      `Attorney for Petitioner ${person.name}`,
    ].filter(Boolean);
  return [
    person.name,
    ...person.addressLines,
    person.phone ? `Telephone: ${person.phone}` : '',
    person.email ? `Email: ${person.email}` : '',
    'Petitioner, Self-Represented',
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

const countyLabelOf = (county: string): string =>
  county ? (/\bcounty\b/i.test(county) ? county : `${county} County`) : '';

/** "Superior Court, County of Los Angeles" is not followed by "Los Angeles County" again. */
function courtLabelOf(court: string, county: string): string {
  if (!court) return county ? `${BLANK} Court, ${countyLabelOf(county)}` : '';
  const named =
    county && court.toLowerCase().includes(county.toLowerCase().replace(/\s+county$/, ''));
  return [court, named ? '' : countyLabelOf(county)].filter(Boolean).join(', ');
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

/** The caption's court lines as the pack words them, `{county}` filled or left blank. */
export type CaptionCourt = { lines: string[]; always: boolean } | undefined;

const bareCounty = (county: string): string => county.replace(/^county of\s+|\s+county$/gi, '');

function courtLines(
  name: string,
  county: string,
  countyLine: boolean,
  pack: CaptionCourt,
): string[] {
  if (pack && (pack.always || !name))
    return pack.lines.map((l) =>
      l.replace('{county}', county ? bareCounty(county).toUpperCase() : '______________________'),
    );
  const lines = name
    ? name.split(/\s+(?=for the\s)/i).map((l) => l.toUpperCase())
    : ['__________________________ COURT'];
  if (county && countyLine && !name.toLowerCase().includes(bareCounty(county).toLowerCase()))
    lines.push(`COUNTY OF ${bareCounty(county).toUpperCase()}`);
  return lines;
}

function courtView(
  name: string,
  county: string,
  countyLine: boolean,
  pack: CaptionCourt,
): CourtView {
  const lines = courtLines(name, county, countyLine, pack);
  const label = courtLabelOf(name, county);
  return {
    name,
    county,
    countyLabel: countyLabelOf(county),
    lines,
    // A court the law names is the court even when the record does not say it.
    label: !name && pack?.always ? titleCase(lines.join(', ')) : label,
  };
}

const titleCase = (s: string): string =>
  s
    .toLowerCase()
    .replace(/_+/g, '____')
    .replace(/\b(\p{L})/gu, (c) => c.toUpperCase())
    .replace(/\b(Of|The|For)\b/g, (w) => w.toLowerCase());

const courtKey = (r: RecordView): string => `${r.court.toLowerCase()}|${r.county.toLowerCase()}`;

/** The records a filing can list, grouped into one set per court unless the pack allows several. */
export function groupSets(
  records: RecordView[],
  multipleCourts: boolean,
  countyLine: boolean,
  captionCourt?: CaptionCourt,
): SetView[] {
  const groups = new Map<string, RecordView[]>();
  for (const r of records) {
    const key = multipleCourts ? 'all' : courtKey(r);
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  const list = [...groups.values()];
  return list.map((group, i) => {
    const first = group[0] as RecordView;
    const sameCourt = group.every((r) => courtKey(r) === courtKey(first));
    const court = sameCourt
      ? courtView(first.court, first.county, countyLine, captionCourt)
      : courtView('', '', countyLine, captionCourt);
    const asks = (r: RecordView, remedy: string, conviction: boolean) =>
      r.remedy === remedy || (!r.remedy && r.isConviction === conviction);
    return {
      number: i + 1,
      total: list.length,
      multiple: list.length > 1,
      court,
      records: group,
      convictions: group.filter((r) => r.isConviction),
      arrests: group.filter((r) => !r.isConviction),
      review: group.filter((r) => r.needsReview),
      hasReview: group.some((r) => r.needsReview),
      several: group.length > 1,
      vacate: group.filter((r) => asks(r, 'vacatur', true)),
      expunge: group.filter((r) => asks(r, 'expungement', false)),
      docketNumbers: [...new Set(group.map((r) => r.docket).filter(Boolean))],
      documents: [],
      serviceTitle: '',
      papersEs: [],
    };
  });
}

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

function lawView(pack: Pack, relief: VacaturRelief, today: string): LawView {
  const p = relief.procedure;
  const days = p.responseDays ?? 0;
  const due = days ? addDaysIso(today, days) : '';
  return {
    jurisdiction: pack.name,
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
    serve: p.serve.map((s) => ({
      party: partyName(s.party),
      heading: capitalised(partyName(s.party)),
      text: s.text,
    })),
    serveParties: p.serve.map((s) => partyName(s.party)).join(' and '),
    responseDays: days,
    hasResponseDays: days > 0,
    responseDue: due ? courtDate(due) : '',
    responseDueEs: due ? fechaLarga(due) : '',
    feeText: p.fee.text,
    feeCents: p.fee.amount === null ? 0 : Math.round(p.fee.amount * 100),
    feeKnown: p.fee.amount !== null,
    feeFree: p.fee.amount === 0,
    confidentiality: p.confidentiality,
    hearing: p.hearing,
    procedureCitation: p.citation,
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

/** Everything the vacatur templates print, for one case. Sets and contents are filled by the builder. */
export function buildPacketView(
  c: Case,
  a: Assessment,
  pack: Pack,
  relief: VacaturRelief,
  opts: ViewOptions,
): PacketView {
  const byIndex = new Map(a.convictions.map((r) => [r.index, r]));
  const records = c.convictions.map((r, i) => recordView(r, byIndex.get(i), i, c, opts.today));
  // Only what the law reaches on the facts given goes into a court paper; an open question never
  // does: those records go to the lawyer's memo (docs/decisions.md, "Needs-review records").
  const included = records.filter((r) => r.status === 'eligible');
  const review = records.filter((r) => r.status === 'needs-review');
  const excluded = records.filter((r) => r.status === 'ineligible');
  const person = personView(c);
  const attorney = attorneyView(c);
  const represented = c.representation.mode === 'attorney';
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
    filerLines: filerLines(person, attorney, represented),
    trafficking: traffickingView(c, opts.today),
    law: lawView(pack, relief, opts.today),
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
    legalHelp: pack.legalHelp.map((h) => ({
      name: h.name,
      url: h.url ?? '',
      phone: h.phone ?? '',
    })),
    hasLegalHelp: pack.legalHelp.length > 0,
    sets: groupSets(
      included,
      relief.procedure.multipleCourts,
      pack.caption.countyLine,
      relief.procedure.captionCourt,
    ),
    excluded,
    hasExcluded: excluded.length > 0,
    review,
    hasReview: review.length > 0,
    appearRemotely: c.requests?.appearRemotely === true,
    notaryDocuments: [],
    signing: [],
    providerPapers: [],
    serverPapers: [],
    translatorPapers: [],
    swornFacts: { en: [], es: [] },
    contents: [],
    multipleSets: false,
  };
}

/**
 * What the person swears to, in plain words (issue 16): the trafficking and its dates, each record
 * in the papers and its link to the trafficking, when help was sought, the account itself.
 */
export function swornFactsOf(view: PacketView): { en: string[]; es: string[] } {
  const t = view.trafficking;
  const en: string[] = [];
  const es: string[] = [];
  if (t.types) {
    en.push(`That you were a victim of ${t.types} from ${t.start}${t.end ? ` to ${t.end}` : ''}.`);
    es.push(
      `Que usted fue víctima de ${t.typesEs} desde el ${t.startEs}${t.endEs ? ` hasta el ${t.endEs}` : ''}.`,
    );
  }
  for (const set of view.sets)
    for (const r of set.records) {
      if (r.isConviction) {
        en.push(
          `That you were arrested on ${r.arrestDate} and convicted on ${r.convictionDate} of ${r.citation}, and that this was a result of the trafficking.`,
        );
        es.push(
          `Que el ${r.arrestDateEs} hubo un arresto contra usted por ${r.citation}, que el ${r.convictionDateEs} hubo una condena, y que eso fue resultado de la trata.`,
        );
      } else {
        en.push(
          `That you were arrested on ${r.arrestDate} for ${r.citation}, and that the arrest was a result of the trafficking (the papers do not say you did what you were arrested for).`,
        );
        es.push(
          `Que el ${r.arrestDateEs} hubo un arresto contra usted por ${r.citation}, y que ese arresto fue resultado de la trata (los documentos no dicen que usted hizo aquello por lo que hubo el arresto).`,
        );
      }
      if (r.duringTrafficking) {
        en.push(`That you were being trafficked at the time of ${r.citation}.`);
        es.push(`Que usted estaba bajo la trata en el momento de ${r.citation}.`);
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
