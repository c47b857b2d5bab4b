import type { Pack, Paper, SIGNERS } from '../domain/pack-schema';
import type { SWORN_FACTS } from '../domain/vacatur-papers-schema';
import type { PacketViewBase, SetBase } from './view-types';

/**
 * What each document id a pack lists is: its template, its title, whether it is written on
 * pleading paper, and when the answers call for it (as a packet in docassemble-AssemblyLine is an
 * ordered list of documents each enabled by the answers).
 */
export interface CatalogEntry {
  title: (set: SetBase) => string;
  /** Title lines as printed in the caption, when they differ from the title. */
  captionTitle?: (set: SetBase) => string[];
  pleading: boolean;
  /** Signed before a notary (the instructions then say so). */
  notary: boolean;
  include: (view: PacketViewBase, set: SetBase) => boolean;
  /** Extra right-hand caption lines (hearing date, "FILED UNDER SEAL"). */
  notes?: string[];
  /** Who signs it: the person (or their lawyer), or someone else the instructions name. */
  signer: Signer;
  /** The signer swears it is true (under oath, or under penalty of perjury). */
  sworn: boolean;
  /** What a sworn paper states of the case (absent: every fact in SWORN_FACTS), and further facts. */
  swears?: readonly SwornFact[];
  swearsAlso?: readonly { en: string; es: string }[];
  /** What the paper is, in a few plain words, for the instructions. */
  plain: { en: string; es: string };
}

export type Signer = (typeof SIGNERS)[number];
export type SwornFact = (typeof SWORN_FACTS)[number];

const always = (): boolean => true;
const fixed = (title: string) => (): string => title;

const INCLUDE: Record<Paper['include'], (view: PacketViewBase) => boolean> = {
  always,
  represented: (view) => view.represented,
  'appear-remotely': (view) => view.appearRemotely,
};

/** "Vacate Conviction and Expunge Arrests": what the set asks for, in the pack's words. */
function asksOf(asks: NonNullable<Paper['asks']>, set: SetBase): string {
  const parts = [
    set.vacate.length ? asks.vacatur[set.vacate.length > 1 ? 1 : 0] : '',
    set.expunge.length ? asks.expungement[set.expunge.length > 1 ? 1 : 0] : '',
  ].filter(Boolean);
  const last = parts.pop();
  return last ? (parts.length ? `${parts.join(', ')} and ${last}` : last) : '';
}

/** A pack's paper as the packet builder uses it. */
export function entryOfPaper(paper: Paper): CatalogEntry {
  return {
    title: (set) => {
      if (paper.asks) {
        const asks = asksOf(paper.asks, set);
        return asks ? paper.title.replace('{asks}', asks) : paper.asks.none;
      }
      return set.several && paper.titleSeveral ? paper.titleSeveral : paper.title;
    },
    ...(paper.captionTitle
      ? {
          captionTitle: (set: SetBase) =>
            (set.several && paper.captionTitleSeveral) || (paper.captionTitle as string[]),
        }
      : {}),
    pleading: paper.pleading,
    notary: paper.notary,
    include: INCLUDE[paper.include],
    ...(paper.notes ? { notes: paper.notes } : {}),
    signer: paper.signer,
    sworn: paper.sworn,
    ...(paper.swears ? { swears: paper.swears } : {}),
    ...(paper.swearsAlso ? { swearsAlso: paper.swearsAlso } : {}),
    plain: { en: paper.plain, es: paper.plainEs },
  };
}

/** Court papers every jurisdiction shares, written once in templates/common. */
export const COMMON: Readonly<Record<string, CatalogEntry>> = {
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

/** The ids of the papers every jurisdiction shares. */
export const COMMON_COURT_IDS = Object.keys(COMMON);

/** `xx-notice-of-motion` in pack US-XX → `us-xx/notice-of-motion`; `cover` → `common/cover`. */
export function templateFor(id: string, pack: Pack): string {
  if ([...PLAIN_IDS, ...COMMON_COURT_IDS].includes(id)) return `common/${id}`;
  const folder = pack.code.toLowerCase();
  const prefix = `${folder.replace(/^us-/, '')}-`;
  return `${folder}/${id.startsWith(prefix) ? id.slice(prefix.length) : id}`;
}

/** What a paper id is: the pack's description, a shared paper, or (unknown) a title from its words. */
export function entryFor(id: string, pack: Pack): CatalogEntry {
  const paper = pack.reliefs.vacatur?.papers[id];
  if (paper) return entryOfPaper(paper);
  const common = COMMON[id];
  if (common) return common;
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
