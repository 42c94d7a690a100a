/**
 * Import rules of DESIGN §3, checked by `npm run lint:imports` (part of `npm test`).
 *
 * Each layer lists what it may import: folders of src/ (applies to its tests too) and npm packages
 * (production code only; tests may also use test tooling and Node built-ins).
 */

const TESTS = '\\.(test|testing)\\.tsx?$';
const TEST_TOOLING = ['vitest', 'fast-check', 'fake-indexeddb'];

const src = (...folders) => `^src/(${folders.join('|')})/`;
const npm = (...packages) => `^node_modules/(${packages.map((p) => p.replace('/', '\\/')).join('|')})/`;

/** @type {Array<{ layer: string, src?: string[], npm?: string[] }>} */
const layers = [
  { layer: 'domain', src: ['domain'], npm: ['zod'] },
  { layer: 'docs', src: ['docs', 'domain', 'crypto'], npm: ['yjs', 'lib0', 'zod'] },
  { layer: 'store', src: ['store', 'domain', 'docs', 'crypto'], npm: ['dexie', 'yjs', 'zod'] },
  { layer: 'seed', src: ['seed', 'domain', 'docs', 'store', 'crypto'], npm: ['yjs'] },
  { layer: 'sync', src: ['sync', 'store', 'docs', 'crypto', 'domain'], npm: ['yjs', 'y-protocols', 'lib0', 'y-webrtc', 'zod', 'uqr'] },
  { layer: 'crypto', src: ['crypto'] },
  { layer: 'reports', src: ['reports', 'domain'], npm: ['jspdf', 'uqr', '@e965/xlsx'] },
  { layer: 'workers', src: ['workers', 'store', 'docs', 'reports', 'domain'] },
];

const layerRules = layers.flatMap(({ layer, src: folders, npm: packages }) => [
  {
    name: `${layer}-imports-only-${folders.join('-')}`,
    comment: `src/${layer} may import only src/{${folders.join(',')}} (DESIGN §3).`,
    severity: 'error',
    from: { path: src(layer) },
    to: { path: '^src/', pathNot: src(...folders) },
  },
  ...(packages
    ? [
        {
          name: `${layer}-packages-only-${packages.join('-')}`,
          comment: `src/${layer} may use only the packages ${packages.join(', ')} (DESIGN §3).`,
          severity: 'error',
          from: { path: src(layer), pathNot: TESTS },
          to: { pathNot: ['^src/', npm(...packages)] },
        },
      ]
    : []),
]);

module.exports = {
  forbidden: [
    ...layerRules,
    {
      name: 'ui-not-to-data-layers',
      comment: 'ui talks to app services through context; never to storage, sync, documents or crypto (DESIGN §3).',
      severity: 'error',
      from: { path: src('ui') },
      to: { path: [src('store', 'sync', 'docs', 'crypto'), npm('dexie', 'yjs', 'y-webrtc', 'y-protocols')] },
    },
    {
      name: 'ui-to-app-types-only',
      comment: 'ui may name app types, but runtime values come through context (import shared values from domain).',
      severity: 'error',
      from: { path: src('ui') },
      to: { path: src('app'), dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'test-tooling-only-in-tests',
      comment: 'vitest, fast-check and fake-indexeddb belong to *.test.ts / *.testing.ts files.',
      severity: 'error',
      from: { path: '^src/', pathNot: TESTS },
      to: { path: npm(...TEST_TOOLING) },
    },
    {
      name: 'no-node-builtins-in-app',
      comment: 'The app runs in the browser; Node built-ins are for tests only.',
      severity: 'error',
      from: { path: '^src/', pathNot: TESTS },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'no-circular',
      comment: 'Runtime import cycles make load order fragile; type-only cycles are harmless.',
      severity: 'error',
      from: { path: '^src/' },
      to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only'] } },
    },
    {
      name: 'not-to-unresolvable',
      comment: 'An import that cannot be resolved is a typo or a missing dependency.',
      severity: 'error',
      from: { path: '^src/' },
      to: { couldNotResolve: true, pathNot: ['^virtual:', '[?]'] },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    // Keep type-only imports in the graph so the ui → app rule can tell them apart.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.tsx', '.d.ts', '.js', '.mjs', '.cjs', '.json'],
      mainFields: ['module', 'main', 'types', 'typings'],
    },
    skipAnalysisNotInRules: true,
    reporterOptions: { text: { highlightFocused: true } },
  },
};
