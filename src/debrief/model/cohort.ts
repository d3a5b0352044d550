import { toCsv } from './csv.ts'
import type { ScoreItem } from '../../scoring/index.ts'
import type { Debrief } from './build-debrief.ts'
import { metAtMs } from './compare-attempts.ts'

export interface CohortSession {
  learner: string
  debrief: Debrief
}

/** Time to the deciding event of one critical item, over the sessions where it was met. */
export interface CohortCriticalItem {
  itemId: string
  label: string
  metCount: number
  /** Null (as are the others below) when no session met the item. */
  medianMs: number | null
  /** [25th, 75th] percentile. */
  iqrMs: [number, number] | null
  minMs: number | null
  maxMs: number | null
}

export interface CohortMissed {
  itemId: string
  label: string
  /** Sessions where the item applied and was not met. */
  missed: number
  /** Sessions where the item applied. */
  of: number
}

export interface CohortHarm {
  itemId: string
  label: string
  /** Sessions where the harmful/unnecessary thing was done. */
  count: number
}

/** Aggregate results of several sessions of one scenario, for the educator. */
export interface CohortStats {
  sessions: number
  /** Distinct learner ids. */
  learners: number
  /** Passed sessions / sessions, 0–1; 0 for no sessions. */
  passRate: number
  /** The items of class 'critical', in rubric order. */
  critical: CohortCriticalItem[]
  /** Positive-class items missed at least once, most missed first (ties in rubric order), at most 5. */
  mostMissed: CohortMissed[]
  /** Harmful/unnecessary items done at least once, most frequent first (ties in rubric order). */
  commonHarm: CohortHarm[]
}

const MOST_MISSED = 5

/**
 * The p-quantile (0–1) of ascending `sorted` by linear interpolation between closest ranks (Hyndman & Fan type 7,
 * numpy's and R's default): h = (n − 1)·p, result = x[⌊h⌋] + (h − ⌊h⌋)·(x[⌊h⌋ + 1] − x[⌊h⌋]). Null when empty.
 */
export function quantile(sorted: readonly number[], p: number): number | null {
  const n = sorted.length
  if (n === 0) return null
  const h = (n - 1) * Math.min(1, Math.max(0, p))
  const lo = Math.floor(h)
  const x0 = sorted[lo] as number
  const x1 = sorted[Math.min(lo + 1, n - 1)] as number
  return x0 + (h - lo) * (x1 - x0)
}

const isPositive = (item: ScoreItem): boolean =>
  item.class === 'critical' || item.class === 'recommended' || item.class === 'neutral'

/**
 * Statistics over sessions of one scenario (throws when they are of different scenarios). Items are matched by id
 * and listed in the order they first appear in the sessions' reports.
 */
export function cohortStats(sessions: readonly CohortSession[]): CohortStats {
  const scenarioIds = new Set(sessions.map((s) => s.debrief.scenario.id))
  if (scenarioIds.size > 1) {
    throw new Error(`cohort sessions are of different scenarios: ${[...scenarioIds].map((id) => `"${id}"`).join(', ')}`)
  }

  const byItem = new Map<string, ScoreItem[]>()
  for (const { debrief } of sessions) {
    for (const item of debrief.report.items) {
      const list = byItem.get(item.id)
      if (list) list.push(item)
      else byItem.set(item.id, [item])
    }
  }

  const critical: CohortCriticalItem[] = []
  const missed: CohortMissed[] = []
  const harm: CohortHarm[] = []
  for (const [itemId, items] of byItem) {
    const first = items[0] as ScoreItem
    const label = first.label
    if (first.class === 'critical') {
      const metItems = items.filter((i) => i.applicable && i.met)
      const times = metItems.flatMap((i) => {
        const t = metAtMs(i)
        return t === null ? [] : [t]
      })
      times.sort((x, y) => x - y)
      const q1 = quantile(times, 0.25)
      const q3 = quantile(times, 0.75)
      critical.push({
        itemId,
        label,
        metCount: metItems.length,
        medianMs: quantile(times, 0.5),
        iqrMs: q1 === null || q3 === null ? null : [q1, q3],
        minMs: times[0] ?? null,
        maxMs: times.at(-1) ?? null,
      })
    }
    const applicable = items.filter((i) => i.applicable)
    const notMet = applicable.filter((i) => !i.met).length
    if (notMet === 0) continue
    if (isPositive(first)) missed.push({ itemId, label, missed: notMet, of: applicable.length })
    else harm.push({ itemId, label, count: notMet })
  }

  // Array.prototype.sort is stable, so ties keep rubric order.
  missed.sort((x, y) => y.missed - x.missed)
  harm.sort((x, y) => y.count - x.count)

  const passed = sessions.filter((s) => s.debrief.report.pass).length
  return {
    sessions: sessions.length,
    learners: new Set(sessions.map((s) => s.learner)).size,
    passRate: sessions.length === 0 ? 0 : passed / sessions.length,
    critical,
    mostMissed: missed.slice(0, MOST_MISSED),
    commonHarm: harm,
  }
}

const seconds = (ms: number | null | undefined) => (ms === null || ms === undefined ? '' : String(ms / 1000))

/**
 * The cohort's critical items as CSV (RFC 4180, CRLF line ends), one row per item: id, label, sessions met, of
 * sessions, and the median, quartiles, min and max time in seconds (empty when never met).
 */
export function cohortCsv(stats: Pick<CohortStats, 'sessions' | 'critical'>): string {
  const lines = [['item', 'label', 'met', 'sessions', 'median_s', 'q1_s', 'q3_s', 'min_s', 'max_s']]
  for (const c of stats.critical) {
    lines.push([
      c.itemId,
      c.label,
      String(c.metCount),
      String(stats.sessions),
      seconds(c.medianMs),
      seconds(c.iqrMs?.[0]),
      seconds(c.iqrMs?.[1]),
      seconds(c.minMs),
      seconds(c.maxMs),
    ])
  }
  return toCsv(lines)
}
