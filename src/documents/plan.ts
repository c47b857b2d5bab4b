import type { Pack, VacaturRelief } from '../domain/pack-schema';
import {
  COMMON_COURT_IDS,
  entryFor,
  PLAIN_IDS,
  PLAIN_TITLES,
  type CatalogEntry,
} from './document-catalog';
import { swornFactsOf } from './sworn-facts';
import type { PacketView, PacketViewBase, SetBase, SetView } from './view-types';

/** One court paper of a set: its id, what it is, and its title for this set. */
export interface PlannedPaper {
  id: string;
  entry: CatalogEntry;
  title: string;
}

/** The packet's plan: for each set of records (one per court), the papers the answers call for. */
export interface PacketPlan {
  sets: { set: SetBase; papers: PlannedPaper[] }[];
}

/**
 * Which papers go into each set: the pack's court papers and the shared ones, each included when
 * its condition holds for the answers. Pure.
 */
export function planPacket(view: PacketViewBase, pack: Pack, relief: VacaturRelief): PacketPlan {
  const courtIds = [
    ...relief.documents.filter((id) => !(PLAIN_IDS as readonly string[]).includes(id)),
    ...COMMON_COURT_IDS,
  ];
  // Each paper's description, looked up once per packet.
  const entries = courtIds.map((id) => ({ id, entry: entryFor(id, pack) }));
  return {
    sets: view.sets.map((set) => ({
      set,
      papers: entries
        .filter(({ entry }) => entry.include(view, set))
        .map(({ id, entry }) => ({ id, entry, title: entry.title(set) })),
    })),
  };
}

function setOf(set: SetBase, papers: PlannedPaper[]): SetView {
  const documents = papers.map((p) => p.title);
  return {
    ...set,
    documents,
    papersEs: papers.map((p) => ({ title: p.title, es: p.entry.plain.es })),
    serviceTitle: documents.find((t) => /\bof service$/i.test(t)) ?? '',
  };
}

/** The complete view: the case's facts with the plan's papers, built once, never changed after. */
export function completeView(base: PacketViewBase, plan: PacketPlan, memo: boolean): PacketView {
  const sets = plan.sets.map(({ set, papers }) => setOf(set, papers));
  const papers = plan.sets.flatMap((p) => p.papers);
  const titlesSignedBy = (signer: string): string[] => [
    ...new Set(papers.filter((p) => p.entry.signer === signer).map((p) => p.title)),
  ];
  const mine = papers.filter((p) => p.entry.signer === 'person');
  const lang = base.lang;
  const contents = [
    { title: PLAIN_TITLES.cover[lang], court: '' },
    ...sets.flatMap((set) =>
      set.documents.map((title) => ({ title, court: set.court.label || `Set ${set.number}` })),
    ),
    { title: PLAIN_TITLES.instructions[lang], court: '' },
    ...(memo ? [{ title: PLAIN_TITLES['lawyer-memo'][lang], court: '' }] : []),
  ].map((c, i) => ({ number: i + 1, ...c }));
  return {
    ...base,
    sets,
    multipleSets: sets.length > 1,
    notaryDocuments: [...new Set(mine.filter((p) => p.entry.notary).map((p) => p.title))],
    translatorBeforeNotary:
      !base.law.perjuryClauseOfCourt && mine.some((p) => p.entry.notary && p.entry.sworn),
    signing: [...new Map(mine.map((p) => [p.title, p])).values()].map((p) => ({
      title: p.title,
      plain: p.entry.plain.en,
      plainEs: p.entry.plain.es,
      sworn: p.entry.sworn,
    })),
    providerPapers: titlesSignedBy('provider'),
    serverPapers: titlesSignedBy('server'),
    translatorPapers: titlesSignedBy('translator'),
    attorneyPapers: titlesSignedBy('attorney'),
    swornFacts: swornFactsOf(
      base,
      mine.filter((p) => p.entry.sworn).map((p) => p.entry),
    ),
    contents,
  };
}
