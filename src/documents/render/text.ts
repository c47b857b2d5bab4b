import type { Block, Run, SignatureBlock, VerificationBlock } from '../model';

/** "a.", "b.", … "z.", "aa." for ordered items; a bullet otherwise. */
export function listLabel(ordered: boolean, index: number): string {
  if (!ordered) return '\u2022';
  let n = index;
  let label = '';
  do {
    label = String.fromCharCode(97 + (n % 26)) + label;
    n = Math.floor(n / 26) - 1;
  } while (n >= 0);
  return `${label}.`;
}

function join(runs: readonly Run[]): string {
  return runs.map((r) => r.text).join('');
}

/** Every piece of text the blocks print, one string per line-ish unit (for checks and search). */
export function runsOfBlocks(blocks: readonly Block[]): string[] {
  const out: string[] = [];
  for (const b of blocks) {
    switch (b.kind) {
      case 'caption':
        out.push(
          ...b.court,
          b.plaintiff.name,
          b.plaintiff.role,
          b.defendant.name,
          b.defendant.role,
        );
        out.push(...b.caseNumbers, ...b.title, ...(b.filer ?? []), ...(b.notes ?? []));
        break;
      case 'heading':
        out.push(join(b.text));
        break;
      case 'paragraph':
        out.push(join(b.runs));
        break;
      case 'list':
        out.push(...b.items.map(join));
        break;
      case 'table':
        out.push(...b.header.map(join), ...b.rows.flatMap((r) => r.map(join)));
        break;
      case 'signature':
        out.push(b.dateLine ?? '', b.placeLine ?? '', ...b.lines);
        break;
      case 'verification':
        out.push(join(b.text));
        break;
      case 'blank':
        out.push(b.label);
        break;
      case 'page-break':
        break;
    }
  }
  return out.filter((s) => s !== '');
}

const BLANK_DATE = '____________________';
/** A date line that already starts with its label ("Dated:", "Executed on:", "Fecha:"). */
const LABELLED = /^\p{L}[\p{L} .]{0,30}:/u;

/**
 * The signature block's date line as printed. Templates write the whole line ("Dated: ____",
 * "Executed on: ____"), which is printed as written; a bare date gets "Dated: " in front, and an
 * empty one a blank to fill by hand.
 */
export function dateLineText(dateLine: string): string {
  const line = dateLine.trim();
  if (LABELLED.test(line)) return line;
  return `Dated: ${line || BLANK_DATE}`;
}

/**
 * Signature blocks and verifications (jurats, declarations under penalty of perjury) are kept
 * with each other and with the text above them, so no page holds only a signature.
 */
export function isKept(b: Block | undefined): b is SignatureBlock | VerificationBlock {
  return b?.kind === 'signature' || b?.kind === 'verification';
}
