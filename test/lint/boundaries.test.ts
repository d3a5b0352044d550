import { ESLint } from 'eslint'
import { describe, expect, it } from 'vitest'

/**
 * The architecture rules of DESIGN.md are enforced by ESLint; these cases prove each rule fires (a
 * lint config that silently stopped matching a folder would otherwise go unnoticed).
 */
const eslint = new ESLint({ cwd: new URL('../..', import.meta.url).pathname })

async function problems(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath })
  return (result?.messages ?? []).map((m) => `${m.ruleId ?? 'fatal'}: ${m.message}`)
}

const violations: [string, string, RegExp][] = [
  ['src/engine/x.ts', "import { useState } from 'react'\nexport const f = useState\n", /"react" is not allowed/],
  ['src/engine/x.ts', "import * as THREE from 'three'\nexport const v = THREE\n", /"three" is not allowed/],
  [
    'src/scoring/x.ts',
    "import { createStore } from 'zustand/vanilla'\nexport const s = createStore\n",
    /"zustand" is not allowed/,
  ],
  [
    'src/scenario/x.ts',
    "import { readFileSync } from 'node:fs'\nexport const r = readFileSync\n",
    /"node:\*" is not allowed/,
  ],
  ['src/engine/x.ts', 'export const r = Math.random()\n', /seeded PRNG/],
  ['src/engine/x.ts', 'export const t = Date.now()\n', /advance\(elapsedMs\)/],
  ['src/scoring/x.ts', 'export const t = new Date()\n', /Host time is banned/],
  ['src/engine/x.ts', 'setTimeout(() => 1, 10)\n', /setTimeout is banned/],
  ['src/scenario/x.ts', 'export const w = window.innerWidth\n', /window is banned/],
  [
    'src/engine/x.ts',
    "import { score } from '../scoring/index.ts'\nexport const s = score\n",
    /must not depend on src\/scoring/,
  ],
  [
    'src/xapi/x.ts',
    "import { createEngine } from '../engine/index.ts'\nexport const e = createEngine\n",
    /must not depend on src\/engine/,
  ],
  ['src/xapi/x.ts', "import * as THREE from 'three'\nexport const v = THREE\n", /"three" is not allowed/],
  [
    'src/xapi/x.ts',
    "import { readFileSync } from 'node:fs'\nexport const r = readFileSync\n",
    /"node:\*" is not allowed/,
  ],
  [
    'src/ui/X.tsx',
    "import { createEngine } from '../engine/index.ts'\nexport const e = createEngine\n",
    /must not depend on src\/engine/,
  ],
  [
    'src/world/X.tsx',
    "import { replay } from '../engine/replay.ts'\nexport const r = replay\n",
    /must not depend on src\/engine/,
  ],
  ['src/store/x.ts', "import * as THREE from 'three'\nexport const v = THREE\n", /"three" is not allowed/],
  ['src/xr/cpr/x.ts', "import * as THREE from 'three'\nexport const v = THREE\n", /"three" is not allowed/],
  ['src/xr/cpr/x.ts', "import { useState } from 'react'\nexport const f = useState\n", /"react" is not allowed/],
  ['src/xr/cpr/x.ts', 'export const t = performance.now()\n', /performance is banned/],
  ['src/xr/cpr/x.ts', 'setInterval(() => 1, 10)\n', /setInterval is banned/],
  [
    'src/xr/cpr/x.ts',
    "import { createEngine } from '../../engine/index.ts'\nexport const e = createEngine\n",
    /must not depend on src\/engine/,
  ],
  [
    'src/xr/cpr/x.ts',
    "import { useSim } from '../../store/index.ts'\nexport const u = useSim\n",
    /must not depend on src\/store/,
  ],
  [
    'src/server/x.ts',
    "import { useSim } from '../store/index.ts'\nexport const u = useSim\n",
    /must not depend on src\/store/,
  ],
]

describe('architecture boundaries (ESLint)', () => {
  it.each(violations)('%s: %s is refused', async (file, code, expected) => {
    const found = await problems(file, code)
    expect(found.join('\n')).toMatch(expected)
  })

  it('the headset CPR meter may import scene and engine types (type-only)', async () => {
    const code =
      "import type { CprMetrics } from '../../engine/types.ts'\nimport type { CprTargets } from '../../scenario/index.ts'\nexport const f = (m: CprMetrics, t: CprTargets) => [m, t]\n"
    expect(await problems('src/xr/cpr/y.ts', code)).toEqual([])
  })

  it('views may import engine types (type-only) and the store', async () => {
    const code =
      "import type { Vitals } from '../engine/index.ts'\nimport { useSim } from '../store/index.ts'\nexport const f = (v: Vitals) => [v, useSim]\n"
    expect(await problems('src/ui/Y.tsx', code)).toEqual([])
  })
})
