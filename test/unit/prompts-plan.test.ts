import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PLAN_OUTPUT_SCHEMA, planAnswerSchema } from '../../src/engine/plan/schema.js';
import { placeholdersOf } from '../../src/prompts/render.js';

type Json = Record<string, unknown>;

/** Every object closed and every property required: OpenAI's strict subset (codex-cli reference §2). */
function strictProblems(schema: Json, path = '$'): string[] {
  const problems: string[] = [];
  if (schema.type === 'object') {
    const props = Object.keys((schema.properties as Json) ?? {});
    if (schema.additionalProperties !== false) problems.push(`${path}: additionalProperties must be false`);
    const required = (schema.required as string[]) ?? [];
    for (const p of props) if (!required.includes(p)) problems.push(`${path}.${p}: not required`);
    for (const [k, v] of Object.entries((schema.properties as Json) ?? {}))
      problems.push(...strictProblems(v as Json, `${path}.${k}`));
  }
  if (schema.items) problems.push(...strictProblems(schema.items as Json, `${path}[]`));
  for (const bad of ['allOf', 'not', 'if', 'patternProperties', '$comment']) {
    if (bad in schema) problems.push(`${path}: ${bad} is not supported`);
  }
  return problems;
}

const valid = {
  status: 'ready',
  summary: 'Add a flag.',
  acceptance_criteria: ['--flag parses'],
  questions: [],
  subtasks: [],
  risks: [],
};

describe('plan schema', () => {
  it('follows the strict subset', () => {
    expect(strictProblems(PLAN_OUTPUT_SCHEMA.json)).toEqual([]);
    expect((PLAN_OUTPUT_SCHEMA.json.properties as Json).status).toMatchObject({
      enum: ['ready', 'needs_clarification', 'needs_decomposition'],
    });
  });

  it('accepts a valid answer and rejects what the JSON schema cannot express', () => {
    expect(planAnswerSchema.parse(valid)).toEqual(valid);
    expect(
      planAnswerSchema.safeParse({ ...valid, status: 'needs_clarification' }).error?.issues[0],
    ).toMatchObject({
      path: ['questions'],
      message: 'needs_clarification needs at least one question',
    });
    expect(
      planAnswerSchema.safeParse({
        ...valid,
        status: 'needs_decomposition',
        subtasks: [{ title: 'one', body: '', priority: 'low' }],
      }).success,
    ).toBe(false);
    expect(planAnswerSchema.safeParse({ ...valid, status: 'done' }).success).toBe(false);
    expect(planAnswerSchema.safeParse({ ...valid, acceptance_criteria: Array(21).fill('x') }).success).toBe(
      false,
    );
  });
});

describe('plan prompt', () => {
  it('uses exactly the placeholders the plan phase fills', () => {
    const text = readFileSync(new URL('../../prompts/plan.md', import.meta.url), 'utf8');
    expect(placeholdersOf(text).sort()).toEqual([
      'clarification',
      'discussion',
      'issue',
      'issue_number',
      'repository',
    ]);
  });
});
