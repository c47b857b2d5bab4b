import { z } from 'zod';

/**
 * The restitution part of a pack: authority, method and the wage history the calculator needs.
 * (Owned by the restitution work; the shape may grow.)
 */
export const RestitutionReliefSchema = z.object({
  authority: z.string().min(1),
  sourceIds: z.array(z.string().min(1)).min(1),
  method: z.enum(['federal-1593', 'california-1202.4']),
  minimumWage: z
    .array(z.object({ from: z.string().min(10), hourly: z.number().positive(), citation: z.string().min(1) }))
    .min(1),
  documents: z.array(z.string().min(1)).default([]),
  needsReview: z.array(z.string()).default([]),
});

export type RestitutionRelief = z.infer<typeof RestitutionReliefSchema>;
