/**
 * The document model: what a court paper is made of, independent of PDF or DOCX.
 * Templates produce markup; the markup parser produces this; two renderers draw it.
 */

export interface Run {
  text: string;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
}

export interface CaptionParty {
  /** e.g. "THE PEOPLE OF THE STATE OF NEW YORK" or "UNITED STATES OF AMERICA". */
  name: string;
  /** e.g. "Respondent", "Plaintiff", "Defendant-Movant". */
  role: string;
}

/** "standard": parties boxed at the left, numbers and title at the right; "pleading": 28-line paper. */
export type CaptionLayout = 'standard' | 'pleading';

export interface CaptionBlock {
  kind: 'caption';
  layout: CaptionLayout;
  /** The word between the parties, as the court writes it ("v.", "-against-"). */
  connector: string;
  /** Court title lines, e.g. ["SUPERIOR COURT OF THE STATE OF CALIFORNIA", "COUNTY OF LOS ANGELES"]. */
  court: string[];
  /** The party named first: the prosecution, or the person where the pack puts them first. */
  plaintiff: CaptionParty;
  /** The party named after the connector. */
  defendant: CaptionParty;
  /** Docket / case numbers, each printed on its own line ("Docket No. 2012QN012345"). */
  caseNumbers: string[];
  /** The document title as it appears in the caption (may be several lines). */
  title: string[];
  /** Pleading layout: the filer's name, address, phone, email, bar number (top left of page 1). */
  filer?: string[];
  /** Extra right-hand lines, e.g. "Hearing date:", "FILED UNDER SEAL". */
  notes?: string[];
}

export interface HeadingBlock {
  kind: 'heading';
  level: 1 | 2 | 3;
  text: Run[];
  align?: 'left' | 'center';
}

export interface ParagraphBlock {
  kind: 'paragraph';
  runs: Run[];
  align?: 'left' | 'center' | 'right' | 'justify';
  /** First-line indent, as in the body of a court paper. */
  indent?: boolean;
  /** Numbered paragraph ("1.", "2.", …), numbered per document by the renderer. */
  numbered?: boolean;
  /** Indented block quotation. */
  quote?: boolean;
}

export interface ListBlock {
  kind: 'list';
  ordered: boolean;
  items: Run[][];
}

export interface TableBlock {
  kind: 'table';
  header: Run[][];
  rows: Run[][][];
  /** Relative column widths (any unit; renderer scales to the text width). */
  widths?: number[];
  /** Right-align these column indexes (money). */
  alignRight?: number[];
}

export interface SignatureBlock {
  kind: 'signature';
  /** "Dated: ______" line text, already written as courts write dates, or blank for hand-filling. */
  dateLine?: string;
  /** Place line, e.g. "Adams County, <state name>". */
  placeLine?: string;
  /** Lines under the signature rule: name, role, address, phone, email, bar number. */
  lines: string[];
}

export interface VerificationBlock {
  kind: 'verification';
  /** notary jurat (NY affidavit), or a declaration under penalty of perjury (CA, 28 U.S.C. § 1746). */
  form: 'notary' | 'penalty-of-perjury';
  text: Run[];
}

export interface PageBreakBlock {
  kind: 'page-break';
}

/** A line for a person to fill in by hand (service providers' affidavit forms). */
export interface BlankBlock {
  kind: 'blank';
  label: string;
  lines: number;
}

export type Block =
  | CaptionBlock
  | HeadingBlock
  | ParagraphBlock
  | ListBlock
  | TableBlock
  | SignatureBlock
  | VerificationBlock
  | PageBreakBlock
  | BlankBlock;

export interface DocumentModel {
  /** Stable id, e.g. "ny-notice-of-motion"; also the template name. */
  id: string;
  /** Title used for metadata, the footer and the file name ("Notice of Motion to Vacate Judgment"). */
  title: string;
  /** Pleading paper: 28 numbered lines, line grid, footer title. */
  pleading: boolean;
  /** Points from the top of the first page to its first line, where a court rule asks for more than the margin. */
  firstPageTop?: number;
  blocks: Block[];
  /** Filing instructions and the cover page are not court papers: no caption, plain layout. */
  plain?: boolean;
  /** BCP 47 language of the document text ("en" or "es"). */
  lang?: string;
}

/** An ordered packet: what a person takes to the clerk. */
export interface Packet {
  title: string;
  documents: DocumentModel[];
}
