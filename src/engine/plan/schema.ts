import { z } from 'zod';
import planJson from '../../../schemas/plan.json' with { type: 'json' };
import type { OutputSchema } from '../../agent/types.js';

/** Bounds that keep one answer from flooding the repository with issues or the comment with text. */
export const PLAN_LIMITS = { criteria: 20, questions: 10, subtasks: 10, text: 4000 } as const;

const text = z.string().max(PLAN_LIMITS.text);
const line = z.string().trim().min(1).max(PLAN_LIMITS.text);

/** The plan answer (DESIGN §4), as schemas/plan.json describes it, plus the rules JSON Schema cannot say. */
export const planAnswerSchema = z
  .object({
    status: z.enum(['ready', 'needs_clarification', 'needs_decomposition']),
    summary: text,
    acceptance_criteria: z.array(line).max(PLAN_LIMITS.criteria),
    questions: z.array(line).max(PLAN_LIMITS.questions),
    subtasks: z
      .array(
        z.object({
          title: z.string().trim().min(1).max(200),
          body: text,
          priority: z.enum(['critical', 'high', 'medium', 'low']),
        }),
      )
      .max(PLAN_LIMITS.subtasks),
    risks: z.array(line).max(PLAN_LIMITS.criteria),
  })
  .superRefine((plan, ctx) => {
    if (plan.status === 'needs_clarification' && plan.questions.length === 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['questions'],
        message: 'needs_clarification needs at least one question',
      });
    }
    if (plan.status === 'needs_decomposition' && plan.subtasks.length < 2) {
      ctx.addIssue({
        code: 'custom',
        path: ['subtasks'],
        message: 'needs_decomposition needs at least two subtasks',
      });
    }
  });

/** A validated plan answer. */
export type PlanAnswer = z.infer<typeof planAnswerSchema>;

/** What the agent runner sends (`--output-schema`) and checks the answer with. */
export const PLAN_OUTPUT_SCHEMA: OutputSchema<PlanAnswer> = {
  json: planJson as Record<string, unknown>,
  zod: planAnswerSchema,
};
