import type { SimEvent } from '../engine/types.ts'
import type { Scenario } from '../scenario/schema/index.ts'
import { readRunLog } from './run-log.ts'
import { isPositive, scoreItem } from './score-item.ts'
import type { ScoreReport } from './types.ts'

/**
 * Scores a run from its event log alone (no re-simulation): every rubric item, the scaled score
 * and the pass decision (every critical item met, no critical harm, scaled ≥ masteryScore).
 */
export function score(scenario: Scenario, events: readonly SimEvent[]): ScoreReport {
  const log = readRunLog(scenario, events)
  const items = Object.entries(scenario.rubric.items).map(([id, item]) => scoreItem(id, item, scenario, log))
  let earned = 0
  let penalties = 0
  let max = 0
  for (const item of items) {
    if (isPositive(item.class)) {
      if (item.applicable) max += item.points
      earned += item.awarded
    } else {
      penalties -= item.awarded
    }
  }
  const scaled = max > 0 ? round4(Math.min(1, Math.max(0, (earned - penalties) / max))) : penalties > 0 ? 0 : 1
  const criticalMissed = items.filter((i) => i.class === 'critical' && !i.met).map((i) => i.id)
  const criticalHarm = items
    .filter((i) => i.class === 'harmful' && i.severity === 'critical' && !i.met)
    .map((i) => i.id)
  const { masteryScore } = scenario.rubric
  return {
    scenarioId: scenario.id,
    items,
    earned,
    penalties,
    max,
    scaled,
    masteryScore,
    criticalMissed,
    criticalHarm,
    pass: criticalMissed.length === 0 && criticalHarm.length === 0 && scaled >= masteryScore,
    outcome: log.outcome,
    endedAtMs: log.endedAtMs,
  }
}

const round4 = (x: number) => Math.round(x * 1e4) / 1e4
