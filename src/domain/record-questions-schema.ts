import { z } from 'zod';
import { text, textEs } from './pack-fields';

/** A court the wizard offers on the record page, and the name it puts on the papers. */
export const CourtChoiceSchema = z.object({
  id: z
    .string()
    .regex(/^[a-z0-9-]+$/, { error: 'court choice ids are kebab-case' })
    .refine((id) => id !== 'other' && id !== 'unknown', {
      error: '"other" and "unknown" are the wizard\'s own choices',
    }),
  label: text,
  labelEs: textEs,
  /** Printed on the papers when the person chooses this court and types no exact name. */
  courtName: text,
  /** A court name in a saved file that matches this (case-insensitive regular expression) is this choice. */
  matches: text
    .refine(
      (re) => {
        try {
          return new RegExp(re, 'i') instanceof RegExp;
        } catch {
          return false;
        }
      },
      { error: 'must be a regular expression' },
    )
    .optional(),
});

/**
 * Record questions the pack's rules need and the wizard asks only for this pack (docs/authoring.md).
 * Absent: the court is one free text field, no place of arrest, no child-victim question.
 */
export const RecordQuestionsSchema = z.object({
  courtChoices: z.array(CourtChoiceSchema).min(1).optional(),
  /** An exact court name given as an example beside the choices. */
  courtExample: text.optional(),
  arrestPlace: z.boolean().optional(),
  childVictim: z.boolean().optional(),
});

export type CourtChoice = z.infer<typeof CourtChoiceSchema>;
