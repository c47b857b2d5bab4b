import type { Assessment } from '../domain/assessment';
import type { Case } from '../domain/case-schema';
import type { Pack } from '../domain/pack-schema';
import {
  COMMON_COURT_IDS,
  type CatalogEntry,
  PLAIN_TITLES,
  templateFor,
  type PlainId,
} from './document-catalog';
import { numberLabelFor, plaintiffFor } from './court-view';
import { filingName, type Lang } from './labels';
import type { CaptionBlock, DocumentModel, Packet } from './model';
import { buildNoReliefPacket, NO_RELIEF_PACKET_TITLE } from './no-relief-packet';
import { buildRestitutionPacket } from './restitution-packet';
import { renderTemplate } from './template-engine';
import { completeView, planPacket } from './plan';
import { buildPacketView, type DocumentView, type PacketView, type SetView } from './view-model';
import { AppError } from '../domain/app-error';

export interface PacketOptions {
  /** The date the packet is prepared for (YYYY-MM-DD): deadlines count from it. */
  today: string;
  lang: Lang;
}

/** A pack that offers no record relief was asked for a vacatur packet: a programming or data mistake. */
export class PacketError extends AppError {
  constructor(message: string) {
    super(message);
  }
}

// Past this many, the caption points to the table of records instead of listing every number.
const CAPTION_NUMBERS_MAX = 6;

function caseNumbers(set: SetView, pack: Pack): string[] {
  const label = numberLabelFor(set.court.name, pack);
  if (set.docketNumbers.length === 0) return [`${label} ______________`];
  if (set.docketNumbers.length > CAPTION_NUMBERS_MAX)
    return [`${label.replace(/No\.$/, 'Nos.')}: see the table of records`];
  return set.docketNumbers.map((n) => `${label} ${n}`);
}

function captionFor(
  entry: CatalogEntry,
  title: string,
  set: SetView,
  view: PacketView,
  pack: Pack,
): CaptionBlock {
  const person = view.petitioner;
  const aka = person.otherNames.length
    ? `, also known as ${person.otherNamesText.toUpperCase()}`
    : '';
  const relief = pack.reliefs.vacatur;
  const prosecution = plaintiffFor(set.court.name, pack);
  const movant = {
    name: `${person.name.toUpperCase()}${aka}`,
    role: relief?.procedure.movantRole ?? 'Defendant',
  };
  const caption: CaptionBlock = {
    kind: 'caption',
    layout: pack.caption.layout,
    connector: pack.caption.connector,
    court: set.court.lines,
    // The party named first, then the one after the connector.
    plaintiff: pack.caption.personFirst ? movant : prosecution,
    defendant: pack.caption.personFirst ? prosecution : movant,
    caseNumbers: caseNumbers(set, pack),
    title: entry.captionTitle ? entry.captionTitle(set) : [title.toUpperCase()],
  };
  if (caption.layout === 'pleading' || pack.caption.filerBlock) caption.filer = view.filerLines;
  if (entry.notes) caption.notes = [...entry.notes];
  return caption;
}

function plainDocument(id: PlainId, view: PacketView, pack: Pack): DocumentModel {
  return {
    id,
    title: PLAIN_TITLES[id][view.lang],
    pleading: false,
    plain: true,
    lang: view.lang,
    blocks: renderTemplate(templateFor(id, pack), view),
  };
}

/** The packet's name, from the pack's filing and remedy: "Motion to Vacate Packet". */
export function packetTitle(pack: Pack): string {
  if (pack.reliefs.none) return NO_RELIEF_PACKET_TITLE;
  const relief = pack.reliefs.vacatur;
  return relief ? `${filingName(relief.procedure.filing, relief.remedy)} Packet` : 'Filing Packet';
}

/**
 * The filing packet for one case: a cover page, then for each court a set of the papers the pack
 * files (only those the answers call for), then the filing instructions. Records the assessment
 * marks ineligible are left out of every court paper.
 */
function buildVacaturPacket(c: Case, a: Assessment, pack: Pack, opts: PacketOptions): Packet {
  // A state with no relief to file (or none confirmed): cover, instructions and memo, no court paper.
  if (pack.reliefs.none) return buildNoReliefPacket(c, a, pack, pack.reliefs.none, opts);
  const relief = pack.reliefs.vacatur;
  if (!relief) throw new PacketError(`Pack ${pack.code} offers no record relief`);
  const title = packetTitle(pack);
  const base = buildPacketView(c, a, pack, relief, { ...opts, packetTitle: title });
  const plan = planPacket(base, pack, relief);
  const memo = base.hasReview || base.law.openPoints.length > 0;
  const view = completeView(base, plan, memo);

  const courtPapers = plan.sets.flatMap(({ papers: inSet }, i) => {
    const set = view.sets[i] as SetView;
    return inSet.map(({ id, entry, title: docTitle }): DocumentModel => {
      const caption = captionFor(entry, docTitle, set, view, pack);
      const docView: DocumentView = {
        ...view,
        set,
        doc: { id, title: docTitle },
        others: set.documents.filter((t) => t !== docTitle),
      };
      // A paper every court shares is written on the paper of the set's other papers.
      const pleading = (COMMON_COURT_IDS as readonly string[]).includes(id)
        ? inSet.some((other) => other.entry.pleading)
        : entry.pleading;
      const topInches = pack.caption.firstPageTopMarginInches;
      return {
        id,
        title: docTitle,
        pleading,
        ...(topInches && !pleading ? { firstPageTop: topInches * 72 } : {}),
        lang: 'en',
        blocks: renderTemplate(templateFor(id, pack), docView, { caption }),
      };
    });
  });

  return {
    title,
    documents: [
      plainDocument('cover', view, pack),
      ...courtPapers,
      plainDocument('instructions', view, pack),
      ...(memo ? [plainDocument('lawyer-memo', view, pack)] : []),
    ],
  };
}

export { plaintiffFor } from './court-view';

type ReliefPacket = (c: Case, a: Assessment, pack: Pack, opts: PacketOptions) => Packet;

/** One packet builder per relief; a new relief is a row here and its module. */
const RELIEF_PACKETS: Readonly<Record<Case['relief'], ReliefPacket>> = {
  vacatur: buildVacaturPacket,
  restitution: buildRestitutionPacket,
};

/** The packet for one case, by the relief it asks for. */
export function buildPacket(c: Case, a: Assessment, pack: Pack, opts: PacketOptions): Packet {
  return RELIEF_PACKETS[c.relief](c, a, pack, opts);
}
