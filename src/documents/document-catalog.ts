import type { Pack } from '../domain/pack-schema';
import type { PacketView, SetView } from './view-model';

/**
 * What each document id a pack lists is: its template, its title, whether it is written on
 * pleading paper, and when the answers call for it (as a packet in docassemble-AssemblyLine is an
 * ordered list of documents each enabled by the answers).
 */
export interface CatalogEntry {
  title: (set: SetView) => string;
  /** Title lines as printed in the caption, when they differ from the title. */
  captionTitle?: (set: SetView) => string[];
  pleading: boolean;
  /** Signed before a notary (the instructions then say so). */
  notary: boolean;
  include: (view: PacketView, set: SetView) => boolean;
  /** Extra right-hand caption lines (hearing date, "FILED UNDER SEAL"). */
  notes?: string[];
  /** Who signs it: the person (or their lawyer), or someone else the instructions name. */
  signer: Signer;
  /** The signer swears it is true (under oath, or under penalty of perjury). */
  sworn: boolean;
  /** What the paper is, in a few plain words, for the instructions. */
  plain: { en: string; es: string };
}

export const SIGNERS = ['person', 'provider', 'server', 'judge', 'translator'] as const;
export type Signer = (typeof SIGNERS)[number];

const always = (): boolean => true;
const fixed = (title: string) => (): string => title;

function federalMotionTitle(set: SetView): string {
  const asks = [
    set.vacate.length ? `Vacate ${set.vacate.length > 1 ? 'Convictions' : 'Conviction'}` : '',
    set.expunge.length ? `Expunge ${set.expunge.length > 1 ? 'Arrests' : 'Arrest'}` : '',
  ].filter(Boolean);
  if (asks.length === 0) return 'Motion for Relief';
  const last = asks.pop() as string;
  return `Motion to ${asks.length ? `${asks.join(', ')} and ${last}` : last}`;
}

const FED_NOTES = ['FILED UNDER SEAL'];
const CA_HEARING = [
  'Hearing date: ______________',
  'Time: ______________',
  'Dept.: ______________',
];

export const CATALOG: Readonly<Record<string, CatalogEntry>> = {
  'ny-notice-of-motion': {
    title: fixed('Notice of Motion to Vacate Judgment'),
    pleading: false,
    notary: false,
    include: always,
    signer: 'person',
    sworn: false,
    plain: {
      en: 'tells the court and the District Attorney what you ask for and when',
      es: 'aviso de la moción: le dice al tribunal y a la fiscalía qué pide usted y cuándo',
    },
  },
  'ny-attorney-affirmation': {
    title: fixed('Affirmation of Counsel in Support of Motion to Vacate Judgment'),
    captionTitle: () => ['AFFIRMATION OF COUNSEL', 'IN SUPPORT OF MOTION TO VACATE JUDGMENT'],
    pleading: false,
    notary: false,
    include: (view) => view.represented,
    signer: 'person',
    sworn: true,
    plain: {
      en: "your lawyer's statement in support, made under penalty of perjury",
      es: 'declaración de su abogado, bajo pena de perjurio',
    },
  },
  'ny-affidavit': {
    title: fixed('Affidavit in Support of Motion to Vacate Judgment'),
    captionTitle: () => ['AFFIDAVIT IN SUPPORT OF', 'MOTION TO VACATE JUDGMENT'],
    pleading: false,
    notary: true,
    include: always,
    signer: 'person',
    sworn: true,
    plain: { en: 'your sworn statement of the facts', es: 'su declaración jurada de los hechos' },
  },
  'ny-memorandum-of-law': {
    title: fixed('Memorandum of Law in Support of Motion to Vacate Judgment'),
    captionTitle: () => ['MEMORANDUM OF LAW IN SUPPORT OF', 'MOTION TO VACATE JUDGMENT'],
    pleading: false,
    notary: false,
    include: always,
    signer: 'person',
    sworn: false,
    plain: { en: 'the legal arguments', es: 'escrito con los argumentos legales' },
  },
  'ny-proposed-order': {
    title: fixed('Proposed Order Vacating Judgment and Dismissing Accusatory Instrument'),
    captionTitle: (set) => [
      '[PROPOSED] ORDER VACATING',
      set.several ? 'JUDGMENTS AND DISMISSING' : 'JUDGMENT AND DISMISSING',
      set.several ? 'ACCUSATORY INSTRUMENTS' : 'ACCUSATORY INSTRUMENT',
    ],
    pleading: false,
    notary: false,
    include: always,
    signer: 'judge',
    sworn: false,
    plain: {
      en: 'the order you ask the judge to sign',
      es: 'la orden que usted le pide al juez que firme',
    },
  },
  'ny-affirmation-of-service': {
    title: fixed('Affirmation of Service'),
    pleading: false,
    notary: false,
    include: always,
    signer: 'server',
    sworn: true,
    plain: {
      en: 'proof that the papers were delivered',
      es: 'comprobante de entrega de los documentos',
    },
  },
  'ca-petition': {
    title: fixed('Petition to Vacate Convictions and Arrests'),
    captionTitle: () => [
      'PETITION TO VACATE CONVICTIONS AND ARRESTS',
      '(HUMAN TRAFFICKING VICTIM)',
    ],
    pleading: true,
    notary: false,
    include: always,
    notes: CA_HEARING,
    signer: 'person',
    sworn: true,
    plain: {
      en: 'your request to the court, which you also sign under penalty of perjury',
      es: 'su petición al tribunal, que usted también firma bajo pena de perjurio',
    },
  },
  'ca-declaration': {
    title: fixed('Declaration of Petitioner in Support of Petition'),
    captionTitle: () => [
      'DECLARATION OF PETITIONER',
      'IN SUPPORT OF PETITION TO VACATE',
      'CONVICTIONS AND ARRESTS',
    ],
    pleading: true,
    notary: false,
    include: always,
    signer: 'person',
    sworn: true,
    plain: {
      en: 'your statement of the facts, signed under penalty of perjury',
      es: 'su declaración de los hechos, firmada bajo pena de perjurio',
    },
  },
  'ca-proposed-order': {
    title: fixed('Proposed Order Granting Petition to Vacate'),
    captionTitle: () => [
      '[PROPOSED] ORDER GRANTING',
      'PETITION TO VACATE CONVICTIONS',
      'AND ARRESTS',
    ],
    pleading: true,
    notary: false,
    include: always,
    signer: 'judge',
    sworn: false,
    plain: {
      en: 'the order you ask the judge to sign',
      es: 'la orden que usted le pide al juez que firme',
    },
  },
  'ca-proof-of-service': {
    title: fixed('Proof of Service'),
    pleading: true,
    notary: false,
    include: always,
    signer: 'server',
    sworn: true,
    plain: {
      en: 'proof that the papers were delivered, signed by the person who delivered them',
      es: 'comprobante de entrega, que firma la persona que entregó los documentos',
    },
  },
  'ca-remote-appearance': {
    title: fixed('Request to Appear Remotely'),
    captionTitle: () => ['REQUEST TO APPEAR REMOTELY', 'AT HEARING ON PETITION'],
    pleading: true,
    notary: false,
    include: (view) => view.appearRemotely,
    notes: CA_HEARING,
    signer: 'person',
    sworn: true,
    plain: {
      en: 'your request to take part in the hearing by phone or video',
      es: 'su pedido de participar en la audiencia por teléfono o video',
    },
  },
  'fed-motion': {
    title: federalMotionTitle,
    pleading: false,
    notary: false,
    include: always,
    notes: FED_NOTES,
    signer: 'person',
    sworn: false,
    plain: { en: 'your request to the court', es: 'su pedido al tribunal (moción)' },
  },
  'fed-declaration': {
    title: fixed('Declaration of Movant in Support of Motion'),
    captionTitle: () => ['DECLARATION OF MOVANT', 'IN SUPPORT OF MOTION'],
    pleading: false,
    notary: false,
    include: always,
    notes: FED_NOTES,
    signer: 'person',
    sworn: true,
    plain: {
      en: 'your statement of the facts, signed under penalty of perjury',
      es: 'su declaración de los hechos, firmada bajo pena de perjurio',
    },
  },
  'fed-provider-affidavit': {
    title: fixed('Affidavit of Anti-Human Trafficking Service Provider or Clinician'),
    captionTitle: () => ['AFFIDAVIT OF ANTI-HUMAN TRAFFICKING', 'SERVICE PROVIDER OR CLINICIAN'],
    pleading: false,
    notary: true,
    include: always,
    notes: FED_NOTES,
    signer: 'provider',
    sworn: true,
    plain: {
      en: 'the sworn statement of a service provider or clinician who knows you',
      es: 'declaración jurada de la organización o del profesional que le ha atendido',
    },
  },
  'fed-proposed-order': {
    title: fixed('Proposed Order'),
    captionTitle: () => ['[PROPOSED] ORDER'],
    pleading: false,
    notary: false,
    include: always,
    notes: FED_NOTES,
    signer: 'judge',
    sworn: false,
    plain: {
      en: 'the order you ask the judge to sign',
      es: 'la orden que usted le pide al juez que firme',
    },
  },
  'translator-declaration': {
    title: fixed('Declaration of Translator or Interpreter'),
    captionTitle: () => ['DECLARATION OF', 'TRANSLATOR OR INTERPRETER'],
    pleading: false,
    notary: false,
    // Filed by a person whose papers were prepared in Spanish: the court needs English.
    include: (view) => view.es,
    signer: 'translator',
    sworn: true,
    plain: {
      en: 'the sworn statement of the person who translated or interpreted',
      es: 'declaración de la persona que tradujo o interpretó',
    },
  },
  'fed-certificate-of-service': {
    title: fixed('Certificate of Service'),
    pleading: false,
    notary: false,
    include: always,
    notes: FED_NOTES,
    signer: 'person',
    sworn: false,
    plain: {
      en: 'your statement that you sent the papers to the Government',
      es: 'su constancia de que envió los documentos al Gobierno',
    },
  },
};

/** The ids a packet carries whatever the pack lists: not court papers, no caption. */
export const PLAIN_IDS = ['cover', 'instructions', 'lawyer-memo'] as const;
export type PlainId = (typeof PLAIN_IDS)[number];

export const PLAIN_TITLES = {
  cover: { en: 'Contents of This Packet', es: 'Contenido de este paquete' },
  instructions: { en: 'Filing Instructions', es: 'Instrucciones para presentar los documentos' },
  'lawyer-memo': {
    en: 'For Your Lawyer (Not a Court Paper)',
    es: 'Para su abogado (no es un documento para el tribunal)',
  },
} as const;

/** Court papers every jurisdiction shares, written once in templates/common. */
export const COMMON_COURT_IDS = ['translator-declaration'] as const;

/** `ny-notice-of-motion` in pack US-NY → `us-ny/notice-of-motion`; `cover` → `common/cover`. */
export function templateFor(id: string, pack: Pack): string {
  if ([...PLAIN_IDS, ...COMMON_COURT_IDS].includes(id as PlainId)) return `common/${id}`;
  const folder = pack.code.toLowerCase();
  const prefix = `${folder.replace(/^us-/, '')}-`;
  return `${folder}/${id.startsWith(prefix) ? id.slice(prefix.length) : id}`;
}

/** An id a pack lists that no template describes: its title from its words. */
export function entryFor(id: string): CatalogEntry {
  const known = CATALOG[id];
  if (known) return known;
  const words = id.replace(/^[a-z]+-/, '').split('-');
  const title = words.map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join(' ');
  return {
    title: fixed(title),
    pleading: false,
    notary: false,
    include: always,
    signer: 'person',
    sworn: false,
    plain: { en: title, es: title },
  };
}
