import type { Assessment } from '../domain/assessment';
import type { Case } from '../domain/case-schema';
import type { IssueParams } from '../domain/issues';

/**
 * One line of errors.csv: a spreadsheet row (the header is row 1), the client, the column, what
 * to do. `code` and `params` say it as data (a batch code, or a case code with spreadsheet hints
 * in params), so a page can say it in its language; `message` is the English.
 */
export interface BatchProblem {
  row: number | null;
  clientId: string;
  field: string;
  code: string;
  params: IssueParams;
  message: string;
}

/** One data row as read: its spreadsheet row number and its cells in `COLUMNS` order. */
export interface SourceRow {
  row: number;
  cells: string[];
}

/** A client's rows, in file order. */
export interface ClientRows {
  clientId: string;
  rows: SourceRow[];
}

export interface BatchLimits {
  /** Largest CSV accepted, in bytes. */
  maxBytes: number;
  /** Most data rows in one file. */
  maxRows: number;
  /** Most records (rows) for one client. */
  maxRecordsPerClient: number;
}

export const DEFAULT_LIMITS: BatchLimits = {
  maxBytes: 20 * 1024 * 1024,
  maxRows: 20_000,
  maxRecordsPerClient: 100,
};

/** One file of a client's folder, named `NN-<document>.pdf` and so on (no folder part). */
export interface BatchFile {
  name: string;
  bytes: Uint8Array;
}

/** Renders one client's packet as files: the only part of a batch that needs the documents layer. */
/** `assessment`: the caller's own of this case for `today`, so the renderer need not assess again (speed branch). */
export type RenderClient = (
  c: Case,
  today: string,
  assessment?: Assessment,
) => Promise<BatchFile[]>;

/** A renderer and how to let it go (a worker pool to close). */
export interface BatchRenderer {
  render: RenderClient;
  close(): Promise<void>;
}

/** One line of summary.csv. */
export interface SummaryRow {
  clientId: string;
  folder: string;
  jurisdiction: string;
  relief: string;
  /** `drafted`, `checked` (check only) or `not-drafted` (see errors.csv). */
  result: 'drafted' | 'checked' | 'not-drafted';
  overall: string;
  /** Each record's status, by row: `row 2: eligible`. */
  records: string[];
  documents: string[];
}

export interface BatchReport {
  clients: number;
  drafted: number;
  failed: number;
  rows: number;
  summary: SummaryRow[];
  /** Problems that kept a client (or a row) out of the drafts. */
  problems: BatchProblem[];
  /** Things ignored that did not stop anything (unknown columns). */
  warnings: BatchProblem[];
}
