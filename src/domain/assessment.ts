import type { Status } from './pack-schema';
import type { RestitutionComputation } from './restitution/computation';

export interface Reason {
  code: string;
  message: string;
  /** The same reason in Spanish, when the pack gives it. */
  messageEs?: string;
  citation?: string;
}

export interface RecordAssessment {
  index: number;
  /** The catalogue entry the charge resolved to; absent when it could not be identified. */
  offense?: { citation: string; name: string; nameEs?: string; level?: string; tags?: string[] };
  /** The charge as written on the record. */
  asWritten: string;
  kind: 'conviction' | 'non-conviction' | 'juvenile';
  status: Status;
  /** Which remedy the law offers this record (e.g. vacatur, expungement, sentence-reduction). */
  remedy?: string;
  reasons: Reason[];
}

export interface Requirement {
  code: string;
  message: string;
  /** The same requirement in Spanish, when the pack gives it. */
  messageEs?: string;
  citation?: string;
  /** A computed date (YYYY-MM-DD), e.g. when the prosecutor's response is due if filed today. */
  dueDate?: string;
}

export type Overall = 'eligible' | 'partially-eligible' | 'ineligible' | 'needs-review';

export interface Assessment {
  jurisdiction: string;
  relief: 'vacatur' | 'restitution';
  remedy: string;
  authority: string;
  verifiedOn: string;
  /** The date the assessment was made for (YYYY-MM-DD). */
  assessedOn: string;
  overall: Overall;
  convictions: RecordAssessment[];
  requirements: Requirement[];
  /** Points the law's text left open, from the pack; a lawyer should look. */
  needsReview: string[];
  /** Restitution only: every figure, itemised, so a person can check each by hand. */
  computation?: RestitutionComputation;
}
