import { glyphGaps, namedChars } from '../../documents/glyph-coverage';
import { translate, type Lang, type MessageKey } from '../i18n';
import type { Draft } from './draft';
import type { RecordQuestions } from './record-questions';
import { draftToCaseInput } from './to-case';

/** The wizard's own name for each case field that holds free text (list indexes left out). */
const LABELS: Record<string, MessageKey> = {
  'petitioner.legalName': 'field.legalName',
  'petitioner.otherNames': 'field.otherNames',
  'petitioner.address.line1': 'field.line1',
  'petitioner.address.line2': 'field.line2',
  'petitioner.address.city': 'field.city',
  'petitioner.address.state': 'field.state',
  'petitioner.address.postalCode': 'field.postalCode',
  'petitioner.phone': 'field.phone',
  'petitioner.email': 'field.email',
  'representation.attorney.name': 'field.attorneyName',
  'representation.attorney.barNumber': 'field.barNumber',
  'representation.attorney.firm': 'field.firm',
  'representation.attorney.phone': 'field.attorneyPhone',
  'representation.attorney.email': 'field.attorneyEmail',
  'convictions.offense': 'field.offense',
  'convictions.description': 'field.description',
  'convictions.court': 'field.court',
  'convictions.county': 'field.county',
  'convictions.docketNumber': 'field.docketNumber',
  'convictions.arrestPlace': 'field.arrestPlace',
  'trafficking.narrative': 'field.narrative',
  'restitution.court': 'field.criminalCourt',
  'restitution.caseNumber': 'field.caseNumber',
  'restitution.defendants': 'field.defendantName',
  'restitution.losses.description': 'field.lossDescription',
};

/** Which record or loss the field belongs to, as the check page names it. */
function itemLabel(path: string[], lang: Lang): string {
  const n = (i: number) => Number(path[i]) + 1;
  if (path[0] === 'convictions') return `${translate(lang, 'record.titleN', { n: n(1) })}: `;
  if (path[1] === 'losses') return `${translate(lang, 'loss.titleN', { n: n(2) })}: `;
  return '';
}

export interface GlyphWarningItem {
  label: string;
  /** The characters the PDF lacks, apart, so each can be seen on its own (at most a dozen). */
  chars: string;
}

/**
 * The answers whose characters the PDF's font cannot draw (they would print as □), named in the
 * person's words for the check and download pages; empty when every letter can be drawn.
 */
export function glyphWarningItems(d: Draft, asks: RecordQuestions): GlyphWarningItem[] {
  return glyphGaps(draftToCaseInput(d, asks)).map((gap) => {
    const parts = gap.path.split('.');
    const key = LABELS[parts.filter((p) => !/^\d+$/.test(p)).join('.')];
    return {
      label: `${itemLabel(parts, d.lang)}${translate(d.lang, key ?? 'glyph.otherAnswer')}`,
      chars: namedChars(gap),
    };
  });
}
