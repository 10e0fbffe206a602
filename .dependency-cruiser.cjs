// The house rule (README, Development): phases import only downward, never a sibling phase; what
// two phases share lives in a lower folder; only src/github/ talks to Octokit. `npm test` runs this.
const lower = (folder, forbidden, comment) => ({
  name: `${folder}-imports-only-downward`,
  comment,
  severity: 'error',
  from: { path: `^src/${folder}/` },
  to: { path: `^src/(${forbidden.join('|')})/` },
});

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'Two modules that import each other cannot be read, tested or moved one at a time.',
      severity: 'error',
      from: { path: '^src/' },
      to: { circular: true },
    },
    {
      name: 'no-import-of-a-phase',
      comment:
        'Only main.ts (through the registry src/phases/index.ts) reaches a phase; phases import downward.',
      severity: 'error',
      from: { path: '^src/', pathNot: ['^src/phases/', '^src/main\\.ts$'] },
      to: { path: '^src/phases/' },
    },
    {
      name: 'main-reaches-phases-through-the-registry',
      severity: 'error',
      from: { path: '^src/main\\.ts$' },
      to: { path: '^src/phases/', pathNot: '^src/phases/index\\.ts$' },
    },
    {
      name: 'no-sibling-phase',
      comment:
        'A phase never imports another phase: move what both need down (work/, item/, review/, backlog/).',
      severity: 'error',
      from: { path: '^src/phases/([^/]+)/' },
      to: { path: '^src/phases/', pathNot: ['^src/phases/$1/'] },
    },
    {
      name: 'only-github-calls-octokit',
      comment: 'Octokit is the GitHub port: logic receives the narrow named operations of src/github/.',
      severity: 'error',
      from: { path: '^src/', pathNot: '^src/github/' },
      to: { path: 'node_modules/(@octokit|bottleneck)/' },
    },
    lower('work', ['phases', 'backlog'], 'What dev and fix share; it knows no phase.'),
    lower('review', ['phases', 'work', 'backlog'], 'The review-JSON contract review writes and fix reads.'),
    lower(
      'backlog',
      ['phases', 'work', 'review', 'item'],
      'Sources, DAG and queue: the scan and retro model.',
    ),
    lower(
      'item',
      ['phases', 'work', 'review', 'backlog', 'verify'],
      'The phase kit: open an item job, the status comment.',
    ),
    lower(
      'verify',
      ['phases', 'work', 'review', 'backlog', 'item', 'github'],
      'Runs commands; knows no GitHub.',
    ),
    lower(
      'report',
      ['phases', 'work', 'review', 'backlog', 'item', 'verify', 'github', 'git'],
      'Rendering only.',
    ),
    lower(
      'state',
      [
        'phases',
        'work',
        'review',
        'backlog',
        'item',
        'verify',
        'report',
        'github',
        'git',
        'safety',
        'prompts',
      ],
      'Pure: no I/O, no rendering.',
    ),
    ...['github', 'git', 'agent', 'safety', 'prompts'].map((folder) =>
      lower(
        folder,
        ['phases', 'work', 'review', 'backlog', 'item', 'verify', 'report', 'state'],
        'A port or a primitive: it knows no work item.',
      ),
    ),
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
