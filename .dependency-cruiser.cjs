// The house rule (README, Development; DESIGN §11–§12): three surfaces on top (the Action, the CLI,
// the MCP server), the engine below them, the adapters of the two ports (tracker, runtime) below
// the engine, and the parts at the bottom. Nothing imports upward, a phase never imports a sibling,
// the engine never imports a surface, an adapter or src/github/, and only src/github/ talks to
// Octokit. `npm test` runs this; test/drift/house.test.ts proves every rule still fires.
// The two local surfaces (the CLI, the MCP server) share their composition of the engine on this
// machine (src/local/: the repository, the runtimes, the local tracker); the CLI's dispatcher
// (src/cli/index.ts) starts the MCP server through its entry src/mcp/index.ts and nothing else.

/** The surfaces: the Action (main.ts, its phases and their kit action/), the CLI (and its eval), the MCP server. */
const SURFACES = '^src/(phases|action|cli|mcp|eval)/|^src/(main|index|route|outputs|phase)\\.ts$';
/** The adapters of the two ports: trackers (GitHub, local) and runtimes (Codex, Claude Code). */
const ADAPTERS = '^src/tracker/(github|local)/|^src/agent/(codex|claude)/';
/** The parts the engine is built from. */
const PARTS = ['review', 'backlog', 'verify', 'state', 'report', 'safety', 'prompts', 'git', 'process'];

const rule = (name, comment, from, to) => ({ name, comment, severity: 'error', from, to });
const lower = (folder, forbidden, comment) =>
  rule(
    `${folder}-imports-only-downward`,
    comment,
    { path: `^src/${folder}/` },
    { path: `^src/(${forbidden.join('|')})/` },
  );

module.exports = {
  forbidden: [
    rule(
      'no-circular',
      'Two modules that import each other cannot be read, tested or moved one at a time.',
      { path: '^src/' },
      { circular: true },
    ),
    rule(
      'no-import-of-a-phase',
      'Only main.ts (through the registry src/phases/index.ts) reaches a phase; phases import downward.',
      { path: '^src/', pathNot: ['^src/phases/', '^src/main\\.ts$'] },
      { path: '^src/phases/' },
    ),
    rule(
      'main-reaches-phases-through-the-registry',
      'main.ts loads a phase only through the registry.',
      { path: '^src/main\\.ts$' },
      { path: '^src/phases/', pathNot: '^src/phases/index\\.ts$' },
    ),
    rule(
      'no-sibling-phase',
      'A phase never imports another phase: move what both need down (action/, engine/, a part).',
      { path: '^src/phases/([^/]+)/' },
      { path: '^src/phases/', pathNot: ['^src/phases/$1/'] },
    ),
    rule(
      'only-github-calls-octokit',
      'Octokit is the GitHub port: logic receives the narrow named operations of src/github/.',
      { path: '^src/', pathNot: '^src/github/' },
      { path: 'node_modules/(@octokit|bottleneck)/' },
    ),
    rule(
      'surfaces-stand-apart',
      'The CLI, its eval and the MCP server never reach into the Action (and back): what they share is the engine.',
      { path: '^src/(cli|mcp|eval)/' },
      { path: '^src/(phases|action)/|^src/(main|route|outputs|phase)\\.ts$' },
    ),
    rule(
      'eval-runs-without-github',
      'The eval scores the engine on local scratch repositories: no GitHub, no GitHub tracker.',
      { path: '^src/eval/' },
      { path: '^src/(github|tracker/github)/' },
    ),
    rule(
      'cli-and-mcp-stand-apart',
      'The CLI, its eval and the MCP server share src/local/ and the engine, not each other: only the dispatcher starts them.',
      { path: '^src/(cli|mcp|eval)/', pathNot: '^src/cli/index\\.ts$' },
      { path: '^src/(cli|mcp|eval)/', pathNot: ['^src/$1/'] },
    ),
    rule(
      'dispatcher-starts-mcp-through-its-entry',
      '`codex-orchestrator mcp` loads the server through src/mcp/index.ts only.',
      { path: '^src/cli/index\\.ts$' },
      { path: '^src/mcp/', pathNot: '^src/mcp/index\\.ts$' },
    ),
    rule(
      'local-composition-is-for-local-surfaces',
      'src/local/ composes the engine for the local surfaces (CLI, eval, MCP server); nothing below them imports it.',
      { path: '^src/', pathNot: '^src/(cli|mcp|eval|local)/' },
      { path: '^src/local/' },
    ),
    rule(
      'local-composition-imports-no-surface',
      'src/local/ sits under the local surfaces: it never imports one.',
      { path: '^src/local/' },
      { path: SURFACES },
    ),
    rule(
      'action-knows-no-other-surface',
      'The Action (its phases and their kit src/action/) never reaches into the CLI or the MCP server.',
      { path: '^src/(action|phases)/|^src/main\\.ts$' },
      { path: '^src/(cli|mcp|eval)/' },
    ),
    rule(
      'engine-imports-no-surface',
      'The engine is driven by the surfaces; it never knows which one (DESIGN §12).',
      { path: '^src/engine/' },
      { path: SURFACES },
    ),
    rule(
      'engine-imports-no-adapter',
      'The engine sees the ports only (src/tracker/port.ts, src/agent/types.ts), never an adapter or GitHub.',
      { path: '^src/engine/' },
      { path: `${ADAPTERS}|^src/github/` },
    ),
    rule(
      'adapters-import-no-engine-or-surface',
      'An adapter implements a port for the engine; it never reaches up into the engine or a surface.',
      { path: ADAPTERS },
      { path: `^src/engine/|${SURFACES}` },
    ),
    rule(
      'local-tracker-knows-no-github',
      'The local tracker works with no GitHub at all.',
      { path: '^src/tracker/local/' },
      { path: '^src/(github|tracker/github)/' },
    ),
    rule(
      'ports-are-types',
      'A port is an interface: it imports nothing but types of the parts.',
      { path: '^src/tracker/port\\.ts$' },
      { path: `^src/(tracker|engine|github|agent)/|${SURFACES}` },
    ),
    rule(
      'parts-import-nothing-above',
      'The parts (review, backlog, verify, state, report, safety, prompts, git) know no engine, adapter, surface or GitHub.',
      { path: `^src/(${PARTS.join('|')})/` },
      { path: `^src/(engine|tracker|github)/|${ADAPTERS}|${SURFACES}` },
    ),
    lower('review', ['verify'], 'The review-JSON contract and the pure review logic.'),
    lower('backlog', ['review', 'verify'], 'Sources, DAG and queue: the scan and retro model.'),
    lower('verify', ['review', 'backlog'], 'Runs commands; knows no review or backlog.'),
    lower('report', ['review', 'backlog', 'verify', 'git'], 'Rendering only.'),
    lower(
      'state',
      ['review', 'backlog', 'verify', 'report', 'git', 'safety', 'prompts'],
      'Pure: no I/O, no rendering.',
    ),
    ...['git', 'safety', 'prompts'].map((folder) =>
      lower(
        folder,
        ['review', 'backlog', 'verify', 'report', 'state'],
        'A primitive: it knows no work item.',
      ),
    ),
    lower('github', ['review', 'backlog', 'verify', 'report', 'state', 'agent', 'git'], 'Octokit only.'),
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default'],
    },
    exclude: { path: '\\.d\\.ts$' },
  },
};
