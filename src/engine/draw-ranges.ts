import { NUMERIC_VITALS } from '../scenario/schema/index.ts'
import { nextUniform, type RngState } from './random.ts'

/** Keys whose value may be a `[min, max]` range drawn once per seed. */
const VARIED_KEYS = new Set<string>([...Object.keys(NUMERIC_VITALS), 'inStateS', 'elapsedS', 'delayS'])
const ONE_DECIMAL = new Set<string>(['temp', 'glucose'])

function isRange(value: unknown): value is [number, number] {
  return Array.isArray(value) && value.length === 2 && typeof value[0] === 'number' && typeof value[1] === 'number'
}

/**
 * Walks the scenario in document order and draws every seeded range once, keyed by its document
 * path (`transitions.2.delayS`, `initial.vitals.hr`). Vitals are rounded as a monitor would show
 * them; times to whole seconds.
 */
export function drawRanges(scenario: unknown, rng: RngState): Record<string, number> {
  const drawn: Record<string, number> = {}
  const walk = (node: unknown, path: string) => {
    if (Array.isArray(node)) {
      node.forEach((child, i) => walk(child, `${path}.${i}`))
      return
    }
    if (node === null || typeof node !== 'object') return
    for (const [key, value] of Object.entries(node)) {
      const childPath = path ? `${path}.${key}` : key
      if (VARIED_KEYS.has(key) && isRange(value)) {
        const [lo, hi] = value
        const raw = lo + nextUniform(rng) * (hi - lo)
        drawn[childPath] = ONE_DECIMAL.has(key) ? Math.round(raw * 10) / 10 : Math.round(raw)
      } else {
        walk(value, childPath)
      }
    }
  }
  walk(scenario, '')
  return drawn
}

/** Resolves a number-or-range through the drawn values. */
export function createResolver(drawn: Readonly<Record<string, number>>) {
  return (value: number | readonly [number, number], path: string): number => {
    if (typeof value === 'number') return value
    const v = drawn[path]
    if (v === undefined) throw new Error(`No seeded value was drawn for ${path}`)
    return v
  }
}
