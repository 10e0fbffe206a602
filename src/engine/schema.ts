import { z } from 'zod';
import type { OutputSchema } from '../agent/types.js';

/** The developer's answer after one run: done, or too big for one change. */
export const devAnswerSchema = z.object({
  status: z.enum(['done', 'needs_decomposition']),
  summary: z.string().trim().min(1).max(4000),
});

export type DevAnswer = z.infer<typeof devAnswerSchema>;

/** Sent with `--output-schema` (OpenAI's strict subset: closed object, every property required). */
export const DEV_OUTPUT_SCHEMA: OutputSchema<DevAnswer> = {
  json: {
    type: 'object',
    additionalProperties: false,
    required: ['status', 'summary'],
    properties: {
      status: {
        type: 'string',
        enum: ['done', 'needs_decomposition'],
        description: 'done: the task is done; needs_decomposition: far too big for one change.',
      },
      summary: { type: 'string', description: 'What changed and how it was tested, for the pull request.' },
    },
  },
  zod: devAnswerSchema,
};
