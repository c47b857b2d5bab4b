import type { Assessment } from '../domain/assessment';
import type { Case } from '../domain/case-schema';
import { courtDate } from '../domain/dates';
import type { NoRelief, Pack } from '../domain/pack-schema';
import { courtLabelOf } from './court-view';
import { PLAIN_TITLES, type PlainId } from './document-catalog';
import { fechaLarga, type Lang } from './labels';
import { esText } from './law-view';
import type { DocumentModel, Packet } from './model';
import { renderTemplate } from './template-engine';
import { legalHelpView, type LegalHelpView } from './legal-help-view';

/**
 * The packet for a state whose law gives adults no trafficking-specific record relief, or whose
 * law could not be confirmed: a cover, instructions that explain the finding and the other roads,
 * and the lawyer's memo. It holds no court paper, whatever the answers (docs/decisions.md,
 * "No-relief packs").
 */

export const NO_RELIEF_PACKET_TITLE = 'Record Options Packet';
const NO_RELIEF_PACKET_TITLE_ES = 'Paquete de opciones para sus antecedentes';

// Nothing here is filed, so the instructions are titled for what they are.
const TITLES: Record<PlainId, { en: string; es: string }> = {
  ...PLAIN_TITLES,
  instructions: { en: 'What You Can Do Now', es: 'Qué puede hacer ahora' },
};

export interface NoReliefView {
  lang: Lang;
  es: boolean;
  today: string;
  todayEs: string;
  packetTitle: string;
  packetTitleEs: string;
  petitioner: { name: string };
  jurisdiction: string;
  jurisdictionEs: string;
  noneForAdults: boolean;
  unconfirmed: boolean;
  authority: string;
  summary: string;
  summaryEs: string;
  options: {
    kind: string;
    name: string;
    nameEs: string;
    does: string;
    doesEs: string;
    citation: string;
    sourceTitle: string;
    sourceUrl: string;
  }[];
  records: {
    n: number;
    offense: string;
    docket: string;
    courtLabel: string;
    arrestDate: string;
    arrestDateEs: string;
    isConviction: boolean;
    convictionDate: string;
    convictionDateEs: string;
    isJuvenile: boolean;
    reason: string;
    reasonEs: string;
  }[];
  hasRecords: boolean;
  openPoints: { en: string; es: string; esIsEnglish: boolean }[];
  hasOpenPoints: boolean;
  legalHelp: LegalHelpView[];
  hasLegalHelp: boolean;
  sources: { title: string; url: string; supports: string }[];
  verifiedOn: string;
  verifiedOnEs: string;
  contents: { number: number; title: string }[];
}

export function buildNoReliefView(
  c: Case,
  a: Assessment,
  pack: Pack,
  relief: NoRelief,
  opts: { today: string; lang: Lang },
): NoReliefView {
  const sources = new Map(pack.sources.map((s) => [s.id, s]));
  const spanishPoints =
    relief.needsReviewEs?.length === relief.needsReview.length ? relief.needsReviewEs : [];
  const byIndex = new Map(a.convictions.map((r) => [r.index, r]));
  const records = c.convictions.map((r, i) => {
    const reasons = byIndex.get(i)?.reasons ?? [];
    return {
      n: i + 1,
      offense: r.offense,
      docket: r.docketNumber ?? '',
      courtLabel: courtLabelOf(r.court ?? '', r.county ?? ''),
      arrestDate: courtDate(r.arrestDate),
      arrestDateEs: fechaLarga(r.arrestDate),
      isConviction: !!r.convictionDate && !r.juvenile,
      convictionDate: r.convictionDate ? courtDate(r.convictionDate) : '',
      convictionDateEs: r.convictionDate ? fechaLarga(r.convictionDate) : '',
      isJuvenile: r.juvenile,
      reason: reasons.map((x) => x.message).join(' '),
      reasonEs: reasons.map((x) => x.messageEs ?? x.message).join(' '),
    };
  });
  const lang = opts.lang;
  const contents = (['cover', 'instructions', 'lawyer-memo'] as const).map((id, i) => ({
    number: i + 1,
    title: TITLES[id][lang],
  }));
  return {
    lang,
    es: lang === 'es',
    today: courtDate(opts.today),
    todayEs: fechaLarga(opts.today),
    packetTitle: NO_RELIEF_PACKET_TITLE,
    packetTitleEs: `${NO_RELIEF_PACKET_TITLE_ES} (${NO_RELIEF_PACKET_TITLE})`,
    petitioner: { name: c.petitioner.legalName },
    jurisdiction: pack.name,
    jurisdictionEs: pack.nameEs ?? pack.name,
    noneForAdults: relief.finding === 'none-for-adults',
    unconfirmed: relief.finding === 'unconfirmed',
    authority: relief.authority,
    summary: relief.summary,
    summaryEs: relief.summaryEs,
    options: relief.otherOptions.map((o) => ({
      kind: o.kind,
      name: o.name,
      nameEs: o.nameEs,
      does: o.does,
      doesEs: o.doesEs,
      citation: o.citation,
      sourceTitle: sources.get(o.sourceId)?.title ?? '',
      sourceUrl: sources.get(o.sourceId)?.url ?? '',
    })),
    records,
    hasRecords: records.length > 0,
    openPoints: relief.needsReview.map((en, i) => {
      const es = esText(en, spanishPoints[i]);
      return { en, es: es.text, esIsEnglish: es.en };
    }),
    hasOpenPoints: relief.needsReview.length > 0,
    legalHelp: legalHelpView(pack),
    hasLegalHelp: pack.legalHelp.length > 0,
    sources: pack.sources.map((s) => ({ title: s.title, url: s.url, supports: s.supports })),
    verifiedOn: courtDate(pack.verifiedOn),
    verifiedOnEs: fechaLarga(pack.verifiedOn),
    contents,
  };
}

function plain(id: PlainId, view: NoReliefView): DocumentModel {
  return {
    id,
    title: TITLES[id][view.lang],
    pleading: false,
    plain: true,
    lang: view.lang,
    blocks: renderTemplate(`common/no-relief-${id}`, view),
  };
}

export function buildNoReliefPacket(
  c: Case,
  a: Assessment,
  pack: Pack,
  relief: NoRelief,
  opts: { today: string; lang: Lang },
): Packet {
  const view = buildNoReliefView(c, a, pack, relief, opts);
  return {
    title: NO_RELIEF_PACKET_TITLE,
    documents: [plain('cover', view), plain('instructions', view), plain('lawyer-memo', view)],
  };
}
