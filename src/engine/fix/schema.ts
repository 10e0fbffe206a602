import { z } from 'zod';
import type { OutputSchema } from '../../agent/types.js';

/** The fixer's answer after one round: what it fixed (by finding and thread id), and what not. */
export const fixAnswerSchema = z.object({
  summary: z.string().trim().min(1).max(4000),
  fixed_findings: z.array(z.string().trim().min(1).max(100)).max(200),
  fixed_threads: z.array(z.string().trim().min(1).max(200)).max(200),
  not_fixed: z
    .array(z.object({ id: z.string().trim().min(1).max(200), reason: z.string().trim().max(1000) }))
    .max(200),
});

export type FixAnswer = z.infer<typeof fixAnswerSchema>;

/** Sent with `--output-schema` (OpenAI's strict subset: closed objects, every property required). */
export const FIX_OUTPUT_SCHEMA: OutputSchema<FixAnswer> = {
  json: {
    type: 'object',
    additionalProperties: false,
    required: ['summary', 'fixed_findings', 'fixed_threads', 'not_fixed'],
    properties: {
      summary: { type: 'string', description: 'What changed and how it was tested, for the commit.' },
      fixed_findings: {
        type: 'array',
        items: { type: 'string' },
        description: 'The ids of the review findings this round fixed.',
      },
      fixed_threads: {
        type: 'array',
        items: { type: 'string' },
        description: 'The ids of the review threads this round addressed.',
      },
      not_fixed: {
        type: 'array',
        description: 'Findings or threads left as they are, each with why.',
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['id', 'reason'],
          properties: { id: { type: 'string' }, reason: { type: 'string' } },
        },
      },
    },
  },
  zod: fixAnswerSchema,
};
