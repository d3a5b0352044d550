import type { ScoreItem } from '../../scoring/index.ts'
import type { Debrief } from './build-debrief.ts'

/** How a critical item went in the second attempt compared with the first. */
export type CriticalChange = 'faster' | 'slower' | 'same' | 'gained' | 'lost' | 'still-missed'

export interface CriticalComparison {
  itemId: string
  label: string
  /** Sim ms of the deciding event in attempt a when the item was met, else null. */
  a: number | null
  /** Sim ms of the deciding event in attempt b when the item was met, else null. */
  b: number | null
  change: CriticalChange
}

export interface ItemRef {
  itemId: string
  label: string
}

/** Two attempts of one scenario side by side: [a, b] pairs, and what b did better or worse than a. */
export interface AttemptComparison {
  scaled: [number, number]
  pass: [boolean, boolean]
  /** The items of class 'critical', in rubric order. */
  critical: CriticalComparison[]
  /** Good in b, not in a: a positive item met, or a harmful/unnecessary one avoided that a did. */
  gained: ItemRef[]
  /** Good in a, not in b. */
  lost: ItemRef[]
}

const isPositive = (item: ScoreItem): boolean =>
  item.class === 'critical' || item.class === 'recommended' || item.class === 'neutral'

/**
 * Whether an item went the right way: a positive item met where it applied; a harmful or unnecessary item not done
 * (only an applicable, unmet one counts as done).
 */
export const itemGood = (item: ScoreItem): boolean =>
  isPositive(item) ? item.applicable && item.met : !(item.applicable && !item.met)

/** Sim ms of the deciding event of a met (applicable) item, else null. */
export const metAtMs = (item: ScoreItem): number | null => (item.applicable && item.met ? item.decidedAtMs : null)

function criticalChange(a: ScoreItem, b: ScoreItem): CriticalChange {
  const metA = a.applicable && a.met
  const metB = b.applicable && b.met
  if (!metA) return metB ? 'gained' : 'still-missed'
  if (!metB) return 'lost'
  const ta = a.decidedAtMs
  const tb = b.decidedAtMs
  if (ta === null || tb === null || ta === tb) return 'same'
  return tb < ta ? 'faster' : 'slower'
}

/**
 * Compares two attempts (a, then b) of the same scenario. Items are matched by id in a's rubric order; an item in
 * only one report (another scene version) is left out. Throws when the scenario ids differ.
 */
export function compareAttempts(a: Debrief, b: Debrief): AttemptComparison {
  if (a.scenario.id !== b.scenario.id) {
    throw new Error(`cannot compare attempts of different scenarios: "${a.scenario.id}" and "${b.scenario.id}"`)
  }
  const byIdB = new Map(b.report.items.map((i) => [i.id, i]))
  const critical: CriticalComparison[] = []
  const gained: ItemRef[] = []
  const lost: ItemRef[] = []
  for (const itemA of a.report.items) {
    const itemB = byIdB.get(itemA.id)
    if (!itemB) continue
    const ref = { itemId: itemA.id, label: itemA.label }
    if (itemA.class === 'critical') {
      critical.push({ ...ref, a: metAtMs(itemA), b: metAtMs(itemB), change: criticalChange(itemA, itemB) })
    }
    const goodA = itemGood(itemA)
    const goodB = itemGood(itemB)
    if (goodB && !goodA) gained.push(ref)
    if (goodA && !goodB) lost.push(ref)
  }
  return {
    scaled: [a.report.scaled, b.report.scaled],
    pass: [a.report.pass, b.report.pass],
    critical,
    gained,
    lost,
  }
}
