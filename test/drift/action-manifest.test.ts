import { readFileSync } from 'node:fs';
import { isBasicExpression } from '@actions/workflow-parser';
import type { ActionRunsNode } from '@actions/workflow-parser/actions/index';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { INPUT_DEFAULTS, INPUT_NAMES } from '../../src/inputs.js';
import { emptyOutputs } from '../../src/outputs.js';
import { checkAction } from './github-parser.js';

const ACTION_YML = readFileSync(new URL('../../action.yml', import.meta.url), 'utf8');
const verdict = checkAction('action.yml', ACTION_YML);
const action = verdict.template;

describe("action.yml under GitHub's parser", () => {
  it('has no errors', () => {
    expect(verdict.errors).toEqual([]);
    expect(action).toBeDefined();
  });

  it('would report a broken manifest (the check can fail)', () => {
    const broken = ACTION_YML.replace('using: node24', 'using: node99').replace(/^description:.*$/m, '');
    const errors = checkAction('action.yml', broken).errors;
    expect(errors.some((e) => e.includes("Unexpected value 'node99'"))).toBe(true);
    expect(errors.some((e) => e.includes('Required property is missing: description'))).toBe(true);
  });

  it('runs dist/index.js on node24', () => {
    const runs = action?.runs as ActionRunsNode;
    expect(runs.using).toBe('node24');
    expect(runs.main).toBe('dist/index.js');
    expect(runs.pre).toBeUndefined();
    expect(runs.post).toBeUndefined();
  });

  it('has a name, a description and branding', () => {
    expect(action?.name).toBe('codex-orchestrator');
    expect(action?.description.length).toBeGreaterThan(20);
    expect(action?.branding?.icon).toBeTruthy();
    expect(action?.branding?.color).toBeTruthy();
  });
});

describe('action.yml agrees with the code', () => {
  const inputs = action?.inputs ?? [];

  it('declares the inputs of inputsSchema, in the same order', () => {
    expect(inputs.map((i) => i.id)).toEqual(INPUT_NAMES);
  });

  it('gives every input a description and makes none required (each has a default)', () => {
    for (const input of inputs) {
      expect(input.description, input.id).toBeTruthy();
      expect(input.required ?? false, input.id).toBe(false);
    }
  });

  it('uses only the keys the runner knows under each input', () => {
    // GitHub's schema lets any key through under an input, so a misspelt `default:` would pass it
    // silently and the runner would then pass an empty string.
    const raw = parse(ACTION_YML) as { inputs: Record<string, Record<string, unknown>> };
    for (const [name, input] of Object.entries(raw.inputs)) {
      expect(
        Object.keys(input).filter(
          (k) => !['description', 'required', 'default', 'deprecationMessage'].includes(k),
        ),
        name,
      ).toEqual([]);
    }
  });

  it('has the defaults of INPUT_DEFAULTS', () => {
    const defaults = Object.fromEntries(
      inputs
        .filter((i) => i.id !== 'github-token')
        .map((i) => [i.id, i.default === undefined ? '' : i.default.toString()]),
    );
    const { 'github-token': _, ...expected } = INPUT_DEFAULTS;
    expect(defaults).toEqual(expected);
  });

  it("defaults github-token to the job's token, which only the runner can fill in", () => {
    const token = inputs.find((i) => i.id === 'github-token')?.default;
    expect(token && isBasicExpression(token) && token.expression).toBe('github.token');
    // Outside a workflow there is no job token: the code's own default stays empty.
    expect(INPUT_DEFAULTS['github-token']).toBe('');
  });

  it('declares the outputs of emptyOutputs(), in the same order, each with a description', () => {
    const outputs = action?.outputs ?? [];
    expect(outputs.map((o) => o.id)).toEqual(Object.keys(emptyOutputs()));
    for (const output of outputs) expect(output.description, output.id).toBeTruthy();
  });
});
