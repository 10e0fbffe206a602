import { describe, expect, it } from 'vitest';
import {
  findSecret,
  REDACTED,
  redactSecrets,
  SecretScanner,
  setJobSecrets,
} from '../../src/safety/secrets.js';

// Shaped like the real ones. The key holds `????`, whose base64 has a `/` at every alignment, so the
// base64 and base64url needles differ and each form is told apart.
const TOKEN = 'ghs_16C7e42F292c6912E7710c838347Ae178B4a';
const KEY = 'sk-proj-Xq7????Lm2~pR9tV4wZ8yB3nK6';
const scanner = new SecretScanner([
  { name: 'the github-token', value: TOKEN },
  { name: 'the model key', value: KEY },
]);
const form = (text: string) => scanner.find(text)?.form;
const secretOf = (text: string) => scanner.find(text)?.secret;

const b64 = (text: string) => Buffer.from(text).toString('base64');
const b64url = (text: string) => Buffer.from(text).toString('base64url');
const hex = (text: string) => Buffer.from(text).toString('hex');
const everyByte = (text: string) => hex(text).replace(/../g, '%$&');
// Prefixes of 0 to 5 bytes put the secret at each alignment twice; suffixes change the padding.
const PREFIXES = ['', 'a', 'ab', 'abc', 'GITHUB_TOKEN=', 'env: '];
const SUFFIXES = ['', '\n', 'xy'];

describe('SecretScanner: every form at every alignment', () => {
  it('finds the raw value', () => {
    expect(form(`token=${TOKEN}`)).toBe('raw');
    expect(secretOf(`key ${KEY} end`)).toBe('the model key');
  });

  for (const prefix of PREFIXES) {
    for (const suffix of SUFFIXES) {
      const offset = Buffer.byteLength(prefix) % 3;
      const label = `prefix ${JSON.stringify(prefix)}, suffix ${JSON.stringify(suffix)}`;
      it(`finds base64 and base64url at offset ${offset} (${label})`, () => {
        expect(form(`dump: ${b64(prefix + KEY + suffix)} end`)).toBe(`base64 (offset ${offset})`);
        expect(form(`dump: ${b64url(prefix + KEY + suffix)} end`)).toBe(`base64url (offset ${offset})`);
        // The token's base64 has neither `+` nor `/` here or there: either name is right.
        expect(form(b64(prefix + TOKEN + suffix))).toMatch(
          new RegExp(`^base64(url)? \\(offset ${offset}\\)$`),
        );
      });
    }
  }

  it("finds the basic-auth header git pushes with, base64('x-access-token:<token>')", () => {
    expect(form(`Authorization: basic ${b64(`x-access-token:${TOKEN}`)}`)).toBe('base64 (offset 0)');
  });

  it('finds hex, lowercase and uppercase, also inside a longer dump', () => {
    expect(form(hex(`PATH=/bin\0KEY=${KEY}\0`))).toBe('hex (lowercase)');
    expect(form(hex(`x${KEY}`).toUpperCase())).toBe('hex (uppercase)');
    // Mixed case is not a form of its own: it is caught as a split copy (case is ignored there).
    let n = 0;
    const mixed = hex(KEY).replace(/[a-f]/g, (c) => (n++ % 2 ? c.toUpperCase() : c));
    expect(mixed).toMatch(/[a-f]/);
    expect(mixed).toMatch(/[A-F]/);
    expect(form(mixed)).toBe('split hex (lowercase)');
  });

  it('finds URL-encoded copies: encodeURIComponent, every byte (either case), and a mixture', () => {
    expect(form(`?k=${encodeURIComponent(KEY)}`)).toBe('URL-encoded');
    expect(form(everyByte(TOKEN).toUpperCase())).toBe('URL-encoded (every byte)');
    expect(form(everyByte(TOKEN))).toBe('URL-encoded (every byte)');
    const mixture = [...TOKEN].map((c, i) => (i % 3 === 0 ? `%${hex(c)}` : c)).join('');
    expect(form(`q=${mixture}`)).toBe('URL-encoded (some bytes)');
  });

  it('finds base64 that was URL-encoded (a query string holding an encoded dump)', () => {
    const encoded = encodeURIComponent(b64(`ab${KEY}`));
    expect(encoded).toMatch(/%2F/);
    expect(form(`https://e.com/?d=${encoded}`)).toBe('URL-encoded base64 (offset 2)');
  });
});

describe('SecretScanner: split copies', () => {
  const parts = (s: string) => [s.slice(0, 9), s.slice(9, 21), s.slice(21)];
  const splits: [string, (p: string[]) => string][] = [
    ['spaces', (p) => p.join(' ')],
    ['newlines', (p) => p.join('\n')],
    ['tabs and CRLF', (p) => p.join('\t\r\n')],
    ['JavaScript concatenation', (p) => p.map((x) => `"${x}"`).join(' + ')],
    ['Python implicit concatenation', (p) => p.map((x) => `'${x}'`).join(' ')],
    ['PHP/Perl concatenation', (p) => p.map((x) => `'${x}'`).join(' . ')],
    ['SQL concatenation', (p) => p.map((x) => `'${x}'`).join(' || ')],
    ['an array joined', (p) => `[${p.map((x) => `"${x}"`).join(', ')}].join('')`],
    ['template literal pieces', (p) => `\`${p[0]}\${'${p[1]}'}${p[2]}\``],
    ['zero-width spaces', (p) => p.join('\u200B')],
    ['markdown emphasis', (p) => `**${p[0]}**_${p[1]}_\`${p[2]}\``],
  ];
  for (const [name, split] of splits) {
    it(`finds the token split with ${name}`, () => {
      expect(form(`x = ${split(parts(TOKEN))};`)).toBe('split raw');
    });
  }

  it('finds a wrapped base64 block (76-character lines) and spaced hex', () => {
    // The key's encoding (characters 67 to 111) straddles the break after character 76.
    const wrapped = b64(`prefix-${'x'.repeat(43)}${KEY}`).replace(/.{76}/g, '$&\n');
    expect(wrapped.split('\n')[0]).toHaveLength(76);
    expect(form(wrapped)).toMatch(/^split base64 \(offset [012]\)$/);
    expect(form(hex(TOKEN).replace(/../g, '$& '))).toBe('split hex (lowercase)');
  });

  it('finds an upper-cased copy (as a split: case is ignored there)', () => {
    expect(form(TOKEN.toUpperCase())).toBe('split raw');
  });

  it('finds a token split across URL-encoded spaces', () => {
    expect(form(parts(TOKEN).join('%20'))).toBe('split raw');
  });

  it('does not find what it does not claim to: letters between the parts, reversed, half a token', () => {
    const [a, b, c] = parts(TOKEN);
    expect(form(`"${a}" + x + "${b}${c}"`)).toBeUndefined();
    expect(form([...TOKEN].reverse().join(''))).toBeUndefined();
    expect(form(TOKEN.slice(0, 20))).toBeUndefined();
  });
});

describe('SecretScanner: no false positives', () => {
  it('ignores secrets shorter than 8 characters (they would match ordinary text)', () => {
    const short = new SecretScanner(['hunter2', 'abc', '']);
    expect(short.empty).toBe(true);
    expect(short.find('my password is hunter2')).toBeUndefined();
    expect(short.redact('hunter2')).toBe('hunter2');
    const eight = new SecretScanner(['hunter22']);
    expect(eight.find('my password is hunter22')?.form).toBe('raw');
  });

  it('finds nothing in unrelated text, other tokens, or encodings of other strings', () => {
    const text = [
      'Looks good. The ghs_ prefix marks a GitHub App token; sk-proj- an OpenAI project key.',
      b64('some unrelated payload that is long enough to matter'),
      hex('another unrelated payload'),
      everyByte('x-access-token:ghs_somethingElseEntirely'),
      'ghs_16C7e42F292c6912 is only half of one',
      '```ts\nconst token = process.env.GITHUB_TOKEN;\n```',
    ].join('\n');
    expect(scanner.find(text)).toBeUndefined();
    expect(scanner.redact(text)).toBe(text);
  });

  it('finds nothing in a megabyte of base64 and prose, and still finds a secret at its end', () => {
    const noise = `${b64('x'.repeat(300_000))}\n${'lorem ipsum dolor sit amet, '.repeat(10_000)}`;
    expect(scanner.find(noise)).toBeUndefined();
    expect(scanner.find(`${noise}${b64(`z${TOKEN}`)}`)?.form).toMatch(/^base64(url)? \(offset 1\)$/);
  });
});

describe('SecretScanner.holds (the stream check)', () => {
  it('agrees with find on every form, clean text, and a secret with few letters and digits', () => {
    const texts = [
      `token=${TOKEN}`,
      `dump: ${b64(`ab${KEY}`)}`,
      b64url(`a${TOKEN}`),
      hex(KEY).toUpperCase(),
      encodeURIComponent(`q=${KEY}`),
      everyByte(TOKEN),
      encodeURIComponent(b64(`xy${TOKEN}`)),
      TOKEN.match(/.{1,5}/g)!.join('" +\n "'),
      'Looks good. The ghs_ prefix marks a GitHub App token.',
      b64('some unrelated payload that is long enough to matter'),
      '%41%42 and 100% clean',
    ];
    for (const text of texts) expect(scanner.holds(text), text).toBe(scanner.find(text) !== undefined);
    expect(texts.filter((t) => scanner.holds(t))).toHaveLength(8);
    const symbols = new SecretScanner(['!!ab!!##cd$$']);
    expect(symbols.holds('x !!ab!!##cd$$ y')).toBe(true);
    expect(symbols.holds(encodeURIComponent('x !!ab!!##cd$$ y'))).toBe(true);
    expect(symbols.holds('ab cd')).toBe(false);
  });
});

describe('SecretScanner.redact', () => {
  it('replaces every form with [REDACTED] and keeps the text around it', () => {
    const text = [
      `raw ${TOKEN} end`,
      `b64 ${b64(`ab${KEY}`)} end`,
      `hex ${hex(TOKEN).toUpperCase()} end`,
      `url ${everyByte(KEY)} end`,
      `split "${TOKEN.slice(0, 10)}" + "${TOKEN.slice(10)}" end`,
    ].join('\n');
    const out = scanner.redact(text);
    expect(scanner.find(out)).toBeUndefined();
    expect(out.split('\n')).toEqual([
      `raw ${REDACTED} end`,
      expect.stringMatching(/^b64 \S{0,3}\[REDACTED\]\S{0,3} end$/),
      `hex ${REDACTED} end`,
      `url ${REDACTED} end`,
      `split "${REDACTED}" end`,
    ]);
  });

  it('redacts every occurrence, also overlapping forms', () => {
    const out = scanner.redact(`${TOKEN} and ${TOKEN} and ${b64(TOKEN)}${TOKEN}`);
    expect(out).not.toContain(TOKEN);
    expect(out.match(/\[REDACTED\]/g)?.length).toBeGreaterThanOrEqual(3);
    expect(scanner.find(out)).toBeUndefined();
  });

  it('maps a match in a URL-decoded split back onto the original text', () => {
    const text = `before ${TOKEN.slice(0, 12)}%20%0A${everyByte(TOKEN.slice(12))} after`;
    expect(scanner.find(text)?.form).toBe('split raw');
    expect(scanner.redact(text)).toBe(`before ${REDACTED} after`);
  });
});

describe('the job scanner (findSecret, redactSecrets)', () => {
  it('reports the secret by name and form, never its value', () => {
    setJobSecrets([{ name: 'the github-token', value: TOKEN }, KEY]);
    try {
      const found = findSecret(`out: ${b64(TOKEN)}`);
      expect(found).toEqual({ secret: 'the github-token', form: 'base64 (offset 0)' });
      expect(findSecret(KEY)).toEqual({ secret: 'a secret', form: 'raw' });
      expect(JSON.stringify(found)).not.toContain(TOKEN.slice(4, 12));
      expect(redactSecrets(`FAIL: expected ${KEY}`)).toBe(`FAIL: expected ${REDACTED}`);
    } finally {
      setJobSecrets([]);
    }
    expect(findSecret(TOKEN)).toBeUndefined();
  });
});
