import { z } from 'zod';
import { text } from './pack-fields';

export const SIGNERS = ['person', 'attorney', 'provider', 'server', 'judge', 'translator'] as const;
export const PAPER_CONDITIONS = ['always', 'represented', 'appear-remotely'] as const;
/**
 * The facts a sworn paper can state about the person's case, each listed in plain words in the
 * instructions ("In your sworn papers you say…"): the trafficking and its dates, each record's
 * arrest and conviction, its link to the trafficking, that it happened while trafficked, when help
 * was first sought, the person's own account, and what they wrote about their safety.
 */
export const SWORN_FACTS = [
  'trafficking',
  'records',
  'link',
  'during-trafficking',
  'help-sought',
  'own-words',
  'safety',
] as const;

/**
 * A court paper the relief files: its title (`{asks}` filled from what the set asks for, e.g.
 * "Vacate Conviction and Expunge Arrest"), caption title, paper, who signs it, whether it is
 * sworn, when it is included (a closed set of named conditions) and what it is in plain words.
 */
export const PaperSchema = z
  .object({
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
    /**
     * Which of SWORN_FACTS this sworn paper states, when not all (a declaration may state each
     * conviction and nothing about trafficking). Absent: all of them.
     */
    swears: z.array(z.enum(SWORN_FACTS)).optional(),
    /** Further facts the paper states, in plain words, as the instructions list them. */
    swearsAlso: z.array(z.object({ en: text, es: text })).optional(),
    plain: text,
    plainEs: text,
  })
  .refine((p) => p.sworn || (p.swears === undefined && p.swearsAlso === undefined), {
    message:
      'swears and swearsAlso say what a sworn paper states: set sworn to true, or leave them out',
    path: ['swears'],
  });

export type Paper = z.infer<typeof PaperSchema>;
