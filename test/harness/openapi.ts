import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';

/**
 * GitHub's published OpenAPI description (npm `@octokit/openapi`, the non-dereferenced file: 13 MB
 * instead of 73), loaded once per process, with request and response validators compiled on first
 * use and cached.
 */

/** Which description to check against: github.com, or a GitHub Enterprise Server release. */
export type SpecVariant = 'api.github.com' | 'ghes-3.17' | 'ghes-3.18' | 'ghes-3.19';

type Json = Record<string, unknown>;
interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema?: Json;
}
interface Operation {
  operationId: string;
  parameters?: (Parameter | { $ref: string })[];
  requestBody?: Json;
  responses?: Record<string, Json>;
}

/** The operation a request matched, with its decoded path parameters. */
export interface MatchedOperation {
  operationId: string;
  template: string;
  method: string;
  pathParams: Record<string, string>;
}

const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;
const require = createRequire(import.meta.url);
const METHODS = ['get', 'post', 'put', 'patch', 'delete', 'head'] as const;

/**
 * Schema quirks of GitHub's description, smoothed so that valid requests validate:
 * - `oneOf` becomes `anyOf`: GitHub's alternatives overlap (a label is "a string, or an object with
 *   a name"; a check run update is "status, or conclusion, or both"), and a value matching two
 *   branches fails `oneOf` although GitHub accepts it.
 * - OpenAPI 3.0 `nullable: true` without a `type` (allowed there, rejected by Ajv) becomes
 *   `anyOf: [{type: null}, …]`; a nullable `enum` gets `null` among its values.
 * Nothing else is relaxed: types, enums, required properties, formats and limits are checked.
 */
function normalise(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(normalise);
  if (!node || typeof node !== 'object') return node;
  const out: Json = {};
  for (const [key, value] of Object.entries(node as Json)) {
    if (key === 'example' || key === 'examples') continue;
    out[key === 'oneOf' ? 'anyOf' : key] = normalise(value);
  }
  if (out.nullable === true) {
    delete out.nullable;
    if (Array.isArray(out.enum) && !out.enum.includes(null)) out.enum = [...out.enum, null];
    if (typeof out.type === 'string') out.type = [out.type, 'null'];
    else if (out.type === undefined) return { anyOf: [{ type: 'null' }, out] };
  }
  if (typeof out.$ref === 'string' && out.$ref.startsWith('#/components/')) out.$ref = `gh${out.$ref}`;
  return out;
}

/** One loaded description: routes, validators and the operations by id. */
export class OpenApiSpec {
  private readonly spec: { paths: Record<string, Record<string, Operation>>; components: Json };
  private readonly ajv: Ajv;
  private readonly routes = new Map<string, { template: string; segments: string[]; op: Operation }[]>();
  private readonly validators = new Map<string, ValidateFunction>();

  constructor(readonly variant: SpecVariant) {
    const dir = join(dirname(require.resolve('@octokit/openapi/package.json')), 'generated');
    this.spec = JSON.parse(readFileSync(join(dir, `${variant}.json`), 'utf8'));
    // Formats are checked; Ajv's strict mode is off because the description carries OpenAPI
    // keywords (`discriminator`, `x-github`, …) that are not JSON Schema.
    this.ajv = new Ajv({ strict: false, allErrors: true, logger: false, inlineRefs: false });
    addFormats(this.ajv);
    const components = this.spec.components as Record<string, unknown>;
    this.ajv.addSchema({ $id: 'gh', components: { schemas: normalise(components.schemas) } });
    for (const [template, item] of Object.entries(this.spec.paths)) {
      for (const method of METHODS) {
        const op = item[method];
        if (!op) continue;
        const list = this.routes.get(method.toUpperCase()) ?? [];
        list.push({ template, segments: template.split('/'), op });
        this.routes.set(method.toUpperCase(), list);
      }
    }
  }

  /** The operation for a method and a path relative to the API root, or undefined. */
  match(method: string, rawPath: string): MatchedOperation | undefined {
    const parts = rawPath.split('/');
    let best: { route: { template: string; segments: string[]; op: Operation }; score: string } | undefined;
    for (const route of this.routes.get(method.toUpperCase()) ?? []) {
      const segs = route.segments;
      // A trailing `{path}` (repository contents) may span several segments.
      const greedy = segs.at(-1) === '{path}';
      if (greedy ? parts.length < segs.length : parts.length !== segs.length) continue;
      let score = '';
      let ok = true;
      for (let i = 0; i < segs.length && ok; i += 1) {
        const seg = segs[i] as string;
        if (seg.startsWith('{')) score += '0';
        else if (seg === parts[i]) score += '1';
        else ok = false;
      }
      // Literal segments win over parameters, earliest first (`pulls/comments` over `pulls/{n}`).
      if (ok && (!best || score > best.score)) best = { route, score };
    }
    if (!best) return undefined;
    const pathParams: Record<string, string> = {};
    best.route.segments.forEach((seg, i) => {
      if (!seg.startsWith('{')) return;
      const raw =
        i === best.route.segments.length - 1 && seg === '{path}' ? parts.slice(i).join('/') : parts[i];
      pathParams[seg.slice(1, -1)] = decodeURIComponent(raw ?? '');
    });
    return { operationId: best.route.op.operationId, template: best.route.template, method, pathParams };
  }

  /** Every problem with a request's parameters and body; empty when it is valid. */
  validateRequest(
    matched: MatchedOperation,
    query: URLSearchParams,
    body: unknown,
    contentType: string | undefined,
  ): string[] {
    const op = this.operation(matched);
    const problems: string[] = [];
    const params = (op.parameters ?? []).map((p) => this.resolve<Parameter>(p));
    for (const param of params.filter((p) => p.in === 'path')) {
      const value = matched.pathParams[param.name];
      problems.push(...this.check(`path.${param.name}`, param.schema, coerce(value, param.schema)));
    }
    const queryParams = params.filter((p) => p.in === 'query');
    for (const name of new Set(query.keys())) {
      const param = queryParams.find((p) => p.name === name || `${p.name}[]` === name);
      if (!param) {
        problems.push(`query.${name}: not a parameter of ${matched.operationId}`);
        continue;
      }
      const values = query.getAll(name);
      const raw = param.schema?.type === 'array' ? values.flatMap((v) => v.split(',')) : values.at(-1);
      problems.push(...this.check(`query.${name}`, param.schema, coerce(raw, param.schema)));
    }
    for (const param of queryParams.filter((p) => p.required && !query.has(p.name))) {
      problems.push(`query.${param.name}: required`);
    }
    const requestBody = op.requestBody ? this.resolve<Json>(op.requestBody) : undefined;
    const bodySchema = (requestBody?.content as Record<string, { schema?: Json }> | undefined)?.[
      'application/json'
    ]?.schema;
    if (body === undefined) {
      if (requestBody?.required) problems.push('body: required');
    } else if (!bodySchema) {
      if (!requestBody) problems.push(`body: ${matched.operationId} takes no request body`);
    } else {
      if (contentType && !/json/i.test(contentType))
        problems.push(`body: content-type ${contentType} is not JSON`);
      problems.push(...this.check('body', bodySchema, body, `${matched.operationId}#body`));
      problems.push(...unknownProperties(body, bodySchema, (node) => this.resolve<Json>(node)));
    }
    return problems;
  }

  /** Problems with a JSON response of the operation (status code and body schema). */
  validateResponse(matched: MatchedOperation, status: number, body: unknown): string[] {
    const op = this.operation(matched);
    const response = op.responses?.[String(status)];
    if (!response) {
      const documented = Object.keys(op.responses ?? {}).join(', ');
      return [`response: status ${status} is not documented for ${matched.operationId} (${documented})`];
    }
    const resolved = this.resolve<Json>(response);
    const schema = (resolved.content as Record<string, { schema?: Json }> | undefined)?.['application/json']
      ?.schema;
    if (!schema || body === undefined) return [];
    return this.check('response', schema, body, `${matched.operationId}#${status}`);
  }

  private operation(matched: MatchedOperation): Operation {
    return this.spec.paths[matched.template]?.[matched.method.toLowerCase()] as Operation;
  }

  private check(where: string, schema: Json | undefined, value: unknown, cacheKey?: string): string[] {
    if (!schema) return [];
    const key = cacheKey ?? JSON.stringify(schema);
    let validate = this.validators.get(key);
    if (!validate) {
      validate = this.ajv.compile(normalise(schema) as Json);
      this.validators.set(key, validate);
    }
    if (validate(value)) return [];
    return (validate.errors ?? []).map(
      (e) =>
        `${where}${e.instancePath.replaceAll('/', '.')}: ${e.message}${e.params && Object.keys(e.params).length ? ` ${JSON.stringify(e.params)}` : ''}`,
    );
  }

  private resolve<T>(node: unknown): T {
    let current = node as Json;
    while (typeof current.$ref === 'string') {
      current = current.$ref
        .slice(2)
        .split('/')
        .reduce<Json>((acc, key) => acc[key] as Json, this.spec as unknown as Json);
    }
    return current as T;
  }
}

/** Query and path values arrive as text; turn them into what the parameter's schema describes. */
function coerce(value: string | string[] | undefined, schema: Json | undefined): unknown {
  if (value === undefined || !schema) return value;
  if (Array.isArray(value)) return value.map((v) => coerce(v, schema.items as Json | undefined));
  const type = schema.type;
  if ((type === 'integer' || type === 'number') && value.trim() !== '' && !Number.isNaN(Number(value))) {
    return Number(value);
  }
  if (type === 'boolean' && (value === 'true' || value === 'false')) return value === 'true';
  return value;
}

/**
 * GitHub ignores body properties it does not know, so a misspelt one (`commitId` for `commit_id`)
 * silently does nothing. The fake reports them: a top-level property that no branch of the body
 * schema names.
 */
function unknownProperties(body: unknown, schema: Json, resolve: (node: Json) => Json): string[] {
  if (!body || typeof body !== 'object' || Array.isArray(body)) return [];
  const known = new Set<string>();
  let open = false;
  const visit = (node: Json | undefined) => {
    if (!node) return;
    const s = resolve(node);
    if (s.additionalProperties !== undefined && s.additionalProperties !== false) open = true;
    for (const key of Object.keys((s.properties as Json | undefined) ?? {})) known.add(key);
    for (const list of ['allOf', 'anyOf', 'oneOf'] as const) {
      for (const branch of (s[list] as Json[] | undefined) ?? []) visit(branch);
    }
  };
  visit(schema);
  if (open || known.size === 0) return [];
  return Object.keys(body)
    .filter((key) => !known.has(key))
    .map((key) => `body.${key}: not a property of this request (GitHub would ignore it)`);
}

const loaded = new Map<SpecVariant, OpenApiSpec>();

/** The description for a variant, loaded on first use and shared by every server in the process. */
export function openApiSpec(variant: SpecVariant = 'api.github.com'): OpenApiSpec {
  let spec = loaded.get(variant);
  if (!spec) {
    spec = new OpenApiSpec(variant);
    loaded.set(variant, spec);
  }
  return spec;
}
