// Lint config. Besides style, it enforces the architecture of docs/DESIGN (see README "Architecture"):
// pure folders stay free of React/three/DOM/host time, views reach the engine only through the store.
import js from '@eslint/js'
import prettier from 'eslint-config-prettier'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import tseslint from 'typescript-eslint'

const layer = (name) => [`**/${name}`, `**/${name}/*`, `**/${name}/**`]
const RENDERING = ['react', 'react-dom', 'react-dom/*', 'three', 'three/*', '@react-three/*', 'zustand', 'zustand/*']
const NODE = ['node:*', 'fs', 'path', 'http', 'https', 'os', 'child_process', 'sirv', 'tsx']
const noLayers = (...names) =>
  names.map((n) => ({ group: layer(n), message: `This folder must not depend on src/${n}.` }))
const restrict = (paths, patterns, allowTypeImports = false) => ({
  'no-restricted-imports': [
    'error',
    {
      paths: paths.map((name) => ({ name, message: `"${name}" is not allowed in this folder (see DESIGN layering).` })),
      patterns: patterns.map((p) => ({ ...p, allowTypeImports })),
    },
  ],
})

// Host time, randomness and DOM are banned in the deterministic core: time only enters through advance().
const PURE_GLOBALS = [
  'window',
  'document',
  'navigator',
  'localStorage',
  'sessionStorage',
  'indexedDB',
  'fetch',
  'XMLHttpRequest',
  'performance',
  'requestAnimationFrame',
  'cancelAnimationFrame',
  'setTimeout',
  'setInterval',
  'setImmediate',
  'clearTimeout',
  'clearInterval',
  'crypto',
  'process',
].map((name) => ({ name, message: `${name} is banned in the pure core: inject it or pass it in.` }))
const pureRules = {
  'no-restricted-globals': ['error', ...PURE_GLOBALS],
  'no-restricted-properties': [
    'error',
    { object: 'Math', property: 'random', message: 'Use the seeded PRNG in the simulation state.' },
    { object: 'Date', property: 'now', message: 'Sim time enters only through advance(elapsedMs).' },
    { object: 'performance', property: 'now', message: 'Sim time enters only through advance(elapsedMs).' },
  ],
  'no-restricted-syntax': [
    'error',
    { selector: "NewExpression[callee.name='Date']", message: 'Host time is banned in the pure core.' },
  ],
}
const bannedPackages = (...names) =>
  names.map((name) => ({
    group: name.includes('*') ? [name] : [name, `${name}/*`],
    message: `"${name}" is not allowed in this folder (see DESIGN layering).`,
  }))

export default tseslint.config(
  { ignores: ['node_modules', 'dist', 'data', 'test-output', 'cmi5-package', 'scenes/scene.schema.json'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'smart'],
    },
  },
  {
    files: ['src/**/*.tsx', 'src/**/use-*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
  },
  {
    files: ['src/lib/**'],
    rules: {
      ...pureRules,
      ...restrict(
        [],
        [
          ...bannedPackages(...RENDERING, ...NODE),
          ...noLayers(
            'scenario',
            'engine',
            'scoring',
            'xapi',
            'store',
            'world',
            'xr',
            'ui',
            'debrief',
            'app',
            'server',
            'cli',
          ),
        ],
      ),
    },
  },
  {
    files: ['src/scenario/**'],
    rules: {
      ...pureRules,
      ...restrict(
        [],
        [
          ...bannedPackages(...RENDERING, ...NODE),
          ...noLayers('engine', 'scoring', 'xapi', 'store', 'world', 'xr', 'ui', 'debrief', 'app', 'server', 'cli'),
        ],
      ),
    },
  },
  {
    files: ['src/engine/**'],
    rules: {
      ...pureRules,
      ...restrict(
        [],
        [
          ...bannedPackages(...RENDERING, ...NODE, 'yaml'),
          ...noLayers('scoring', 'xapi', 'store', 'world', 'xr', 'ui', 'debrief', 'app', 'server', 'cli'),
        ],
      ),
    },
  },
  {
    files: ['src/scoring/**'],
    rules: {
      ...pureRules,
      ...restrict(
        [],
        [
          ...bannedPackages(...RENDERING, ...NODE, 'yaml'),
          ...noLayers('xapi', 'store', 'world', 'xr', 'ui', 'debrief', 'app', 'server', 'cli'),
        ],
      ),
    },
  },
  {
    // xapi turns engine events and score reports into statements: it takes only their types, never rendering.
    files: ['src/xapi/**'],
    rules: restrict(
      [],
      [
        ...bannedPackages(...RENDERING, ...NODE),
        ...noLayers('engine', 'scoring', 'store', 'world', 'xr', 'ui', 'debrief', 'app', 'server', 'cli'),
      ],
      true,
    ),
  },
  {
    files: ['src/store/**'],
    rules: restrict(
      [],
      [
        ...bannedPackages('three', '@react-three/*', ...NODE),
        ...noLayers('xapi', 'world', 'xr', 'ui', 'debrief', 'app', 'server', 'cli'),
      ],
    ),
  },
  {
    // Views read the store and dispatch through it; they may use engine/scoring types, never their code.
    files: ['src/ui/**', 'src/world/**', 'src/xr/**', 'src/debrief/**'],
    rules: restrict([], [...bannedPackages(...NODE), ...noLayers('engine', 'scoring', 'server', 'cli', 'app')], true),
  },
  {
    // The debrief's model is pure like the core (it re-simulates recordings); its views stay behind it.
    files: ['src/debrief/model/**'],
    rules: {
      ...pureRules,
      ...restrict(
        [],
        [...bannedPackages(...RENDERING, ...NODE), ...noLayers('store', 'world', 'xr', 'ui', 'app', 'server', 'cli')],
        true,
      ),
    },
  },
  {
    // Headset CPR measurement is pure like src/lib: frame time comes in as an argument, so Node tests drive it.
    // It may take scene and engine types (the targets, the metrics it sends), never their code.
    files: ['src/xr/cpr/**'],
    rules: {
      ...pureRules,
      ...restrict(
        [],
        [
          ...bannedPackages(...RENDERING, ...NODE),
          ...noLayers(
            'scenario',
            'engine',
            'scoring',
            'xapi',
            'store',
            'world',
            'ui',
            'debrief',
            'app',
            'server',
            'cli',
          ),
        ],
        true,
      ),
    },
  },
  {
    files: ['src/server/**', 'src/cli/**'],
    rules: restrict([], [...bannedPackages(...RENDERING), ...noLayers('store', 'world', 'xr', 'ui', 'debrief', 'app')]),
  },
  prettier,
)
