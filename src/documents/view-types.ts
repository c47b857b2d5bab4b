import type { DOCUMENTATION_KINDS } from '../domain/case-schema';
import type { Lang } from './labels';
import type { LegalHelpView } from './legal-help-view';

/**
 * The view models' shapes: every value a template prints, already worded and dated. Every key is
 * always present (strict Handlebars throws on a missing one) and an absent optional value is ''
 * or [], so a template can never print "undefined" or "null".
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
  /** The catalogue's Spanish name for the offense, else ''. */
  nameEs: string;
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
  /** "City Court of Springfield, Adams County", or ''. */
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
  /** "City Court of Springfield, Adams County", or '' when no court was given. */
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
  /** What this state's papers call the number: "Bar No.", or Connecticut's "Juris No.". */
  barLabel: string;
  barNumber: string;
  firm: string;
  addressLines: string[];
  phone: string;
  email: string;
}

export interface DocumentationView {
  /** The case's code for the document (`t-visa`, `certification-letter`…), for a template to test. */
  kind: (typeof DOCUMENTATION_KINDS)[number];
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
  /**
   * The pack drafts court papers for some records. A pack that drafts none ("the law explained,
   * every record to a lawyer") says so instead of "nothing to file, based on your answers".
   */
  draftsPapers: boolean;
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
  /** What the court papers call the prosecution (as the caption names it). */
  prosecutionName: string;
  /** The prosecuting party as each court's papers name it (one unless a court's cases are brought by another). */
  prosecutionNames: string[];
  /** What the court papers call the person ("Defendant-Movant"). */
  movantRole: string;
  /** The request starts a case of its own, not a motion in the old criminal case. */
  ownCase: boolean;
  court: string;
  /** Who must be served: `party` reads after "the", `heading` starts a line. */
  serve: { party: string; heading: string; text: string }[];
  serveParties: string;
  responseDays: number;
  hasResponseDays: boolean;
  /** The time to answer runs from the filing, not from service (federal § 3771A). */
  responseFromFiling: boolean;
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
  /** The pack gives its court's own declaration sentence (else a general one stands in). */
  perjuryClauseOfCourt: boolean;
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
  /** Pleading layout: who files, top left of page 1. */
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
  legalHelp: LegalHelpView[];
  hasLegalHelp: boolean;
  sets: SetView[];
  excluded: RecordView[];
  hasExcluded: boolean;
  review: RecordView[];
  hasReview: boolean;
  appearRemotely: boolean;
  /** Titles of the papers the person must sign before a notary. */
  notaryDocuments: string[];
  /**
   * The translator's declaration is sworn before a notary too, where the person's own sworn paper
   * is and the pack gives no declaration sentence of its court: no unsworn declaration is assumed
   * for the translator where none was found for the person.
   */
  translatorBeforeNotary: boolean;
  /** The papers the person (or their lawyer) signs, each with what it is and whether it is sworn. */
  signing: SigningView[];
  /** Papers someone else signs: the service provider, whoever serves the papers, the translator. */
  providerPapers: string[];
  serverPapers: string[];
  translatorPapers: string[];
  /** Papers the person's lawyer signs in their own name (an attorney's affirmation). */
  attorneyPapers: string[];
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

/** A set before its papers are planned: what `groupSets` knows (the records and the court). */
export type SetBase = Omit<SetView, 'documents' | 'serviceTitle' | 'papersEs'>;

/** What the plan fills: the papers of each set and what the instructions say about them. */
export type PlannedFields =
  | 'sets'
  | 'notaryDocuments'
  | 'translatorBeforeNotary'
  | 'signing'
  | 'providerPapers'
  | 'serverPapers'
  | 'translatorPapers'
  | 'attorneyPapers'
  | 'swornFacts'
  | 'contents'
  | 'multipleSets';

/** The view before the plan: every fact of the case, and sets without their papers yet. */
export type PacketViewBase = Omit<PacketView, PlannedFields> & { sets: SetBase[] };
