import type { Assessment } from '../domain/assessment';
import type { Case } from '../domain/case-schema';
import type { Pack } from '../domain/pack-schema';
import type { RestitutionPaper } from '../domain/restitution-pack-schema';
import { templateFor } from './document-catalog';
import type { Lang } from './labels';
import type { CaptionBlock, DocumentModel, Packet } from './model';
import {
  buildRestitutionView,
  RestitutionPacketError,
  type RestitutionView,
} from './restitution-view';
import { renderTemplate } from './template-engine';

export { buildRestitutionView, RestitutionPacketError, type RestitutionView };

function courtLines(name: string): string[] {
  return name.split(/\s+(?=for the\s)/i).map((l) => l.toUpperCase());
}

function captionFor(paper: RestitutionPaper, view: RestitutionView, pack: Pack): CaptionBlock {
  const defendants = view.defendants.map((d) => d.toUpperCase()).join(', ');
  const caption: CaptionBlock = {
    kind: 'caption',
    layout: pack.caption.layout,
    connector: pack.caption.connector,
    court: courtLines(view.court),
    plaintiff: { ...pack.caption.plaintiff, role: 'Plaintiff' },
    defendant: { name: defendants, role: view.severalDefendants ? 'Defendants' : 'Defendant' },
    caseNumbers: [`Case No. ${view.caseNumber}`],
    title: paper.captionTitle,
  };
  // A pleading caption names the filer at the top left of page 1.
  if (pack.caption.layout === 'pleading')
    caption.filer = view.signer.lines.filter(
      (line) => !line.startsWith('Attorney for') && line !== 'Victim, representing myself',
    );
  return caption;
}

/** `xx-restitution-statement` in pack US-XX → `us-xx/restitution-statement`; instructions get the language. */
export function restitutionTemplateFor(id: string, pack: Pack, lang: Lang): string {
  const name = templateFor(id, pack);
  return pack.reliefs.restitution?.papers[id]?.kind === 'instructions' ? `${name}-${lang}` : name;
}

/**
 * The restitution packet: the papers the pack lists that the answers call for (the CVRA motion
 * only for a person with a lawyer), each drawn from its template, and the instructions last.
 */
export function buildRestitutionPacket(
  c: Case,
  a: Assessment,
  pack: Pack,
  opts: { today: string; lang: Lang },
): Packet {
  const relief = pack.reliefs.restitution;
  if (!relief)
    throw new RestitutionPacketError(`Pack ${pack.code} offers no restitution documents`);
  const view = buildRestitutionView(c, a, pack, opts);
  const documents: DocumentModel[] = [];
  for (const id of relief.documents) {
    const paper = relief.papers[id];
    if (!paper)
      throw new RestitutionPacketError(
        `Pack ${pack.code} lists restitution paper "${id}" without describing it`,
      );
    if (paper.include === 'represented' && !view.represented) continue;
    const plain = paper.kind === 'instructions';
    const title = plain && opts.lang === 'es' && paper.titleEs ? paper.titleEs : paper.title;
    const docView: RestitutionView = {
      ...view,
      caption: plain ? null : captionFor(paper, view, pack),
    };
    documents.push({
      id,
      title,
      pleading: paper.pleading,
      ...(plain ? { plain: true, lang: opts.lang } : { lang: 'en' }),
      blocks: renderTemplate(restitutionTemplateFor(id, pack, opts.lang), docView),
    });
  }
  return { title: 'Restitution Request Packet', documents };
}
