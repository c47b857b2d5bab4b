import { z } from 'zod';
import { text } from './pack-fields';

export const SIGNERS = ['person', 'attorney', 'provider', 'server', 'judge', 'translator'] as const;
export const PAPER_CONDITIONS = ['always', 'represented', 'appear-remotely'] as const;

/**
 * A court paper the relief files: its title (`{asks}` filled from what the set asks for, e.g.
 * "Vacate Conviction and Expunge Arrest"), caption title, paper, who signs it, whether it is
 * sworn, when it is included (a closed set of named conditions) and what it is in plain words.
 */
export const PaperSchema = z.object({
  title: text,
  titleSeveral: text.optional(),
  asks: z
    .object({
      vacatur: z.tuple([text, text]),
      expungement: z.tuple([text, text]),
      none: text,
    })
    .optional(),
  captionTitle: z.array(text).min(1).optional(),
  captionTitleSeveral: z.array(text).min(1).optional(),
  pleading: z.boolean(),
  notary: z.boolean().default(false),
  include: z.enum(PAPER_CONDITIONS).default('always'),
  /** Extra right-hand caption lines ("FILED UNDER SEAL", hearing date lines). */
  notes: z.array(text).optional(),
  signer: z.enum(SIGNERS),
  sworn: z.boolean(),
  plain: text,
  plainEs: text,
});

export type Paper = z.infer<typeof PaperSchema>;
