/** `{{name}}`: a placeholder. Names are letters, digits, `_` and `-`; spaces inside the braces are allowed. */
const PLACEHOLDER = /\{\{\s*([A-Za-z][\w-]*)\s*\}\}/g;

/** A template names a placeholder that no value was given for. */
export class PromptTemplateError extends Error {
  constructor(
    readonly template: string,
    readonly unknown: string[],
    readonly known: string[],
  ) {
    super(
      `The prompt template '${template}' uses unknown placeholder${unknown.length > 1 ? 's' : ''} ` +
        `${unknown.map((n) => `{{${n}}}`).join(', ')}. Known placeholders: ` +
        `${known.length > 0 ? known.map((n) => `{{${n}}}`).join(', ') : '(none)'}. ` +
        'Fix the spelling in the template, or remove the placeholder.',
    );
    this.name = 'PromptTemplateError';
  }
}

/**
 * Substitutes `{{name}}` placeholders with values, and nothing else: no expressions, no loops, no
 * includes, nothing executed. Substitution is one pass over the template, so a value that itself
 * contains `{{x}}` (issue text, say) is inserted verbatim and never expanded. Every unknown
 * placeholder is reported together. `name` identifies the template in the error.
 */
export function renderTemplate(
  name: string,
  template: string,
  values: Readonly<Record<string, string>>,
): string {
  const known = Object.keys(values).sort();
  const unknown = new Set<string>();
  for (const match of template.matchAll(PLACEHOLDER)) {
    if (!Object.hasOwn(values, match[1]!)) unknown.add(match[1]!);
  }
  if (unknown.size > 0) throw new PromptTemplateError(name, [...unknown], known);
  return template.replace(PLACEHOLDER, (_, key: string) => values[key]!);
}

/** The placeholders a template uses, in order of first use. */
export function placeholdersOf(template: string): string[] {
  return [...new Set([...template.matchAll(PLACEHOLDER)].map((m) => m[1]!))];
}
