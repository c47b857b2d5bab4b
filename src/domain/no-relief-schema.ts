import { z } from 'zod';
import { text } from './pack-fields';

/** What else may help where the state gives no trafficking-specific relief (`reliefs.none.otherOptions`). */
export const OTHER_OPTION_KINDS = [
  'expungement',
  'sealing',
  'set-aside',
  'pardon',
  'juvenile',
  'federal',
  'other',
] as const;

export const OtherOptionSchema = z.object({
  kind: z.enum(OTHER_OPTION_KINDS),
  name: text,
  nameEs: text,
  /** What it does and for whom, in plain words. */
  does: text,
  doesEs: text,
  citation: text,
  sourceId: text,
});

/**
 * A state whose law gives adults no trafficking-specific record relief (`none-for-adults`), or
 * whose law the pack's authors could not confirm (`unconfirmed`): the pack says so plainly, names
 * what else may help, and the tool offers no court paper (docs/decisions.md, "No-relief packs").
 */
export const NoReliefSchema = z.object({
  finding: z.enum(['none-for-adults', 'unconfirmed']),
  /** What was looked at, as the "Law" column and each record's reason cite it. */
  authority: text,
  /** The finding in two or three plain sentences. */
  summary: text,
  summaryEs: text,
  sourceIds: z.array(text).min(1),
  otherOptions: z.array(OtherOptionSchema).min(1),
  needsReview: z.array(text).default([]),
  needsReviewEs: z.array(text).optional(),
});

export type NoRelief = z.infer<typeof NoReliefSchema>;
export type OtherOption = z.infer<typeof OtherOptionSchema>;
