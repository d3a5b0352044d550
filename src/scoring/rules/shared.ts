import { evaluateCondition, matchesAction } from '../../engine/conditions.ts'
import type { PerformedAction } from '../../engine/types.ts'
import type { ActionMatch, Condition } from '../../scenario/schema/index.ts'
import { formatSimTime, summarizeAction, times } from '../format.ts'
import type { StateEntry } from '../run-log.ts'
import type { Evidence, RuleInput, RuleKey } from '../types.ts'

/**
 * Performed actions matching by id, route and amount, oldest first. `count` is read by each rule;
 * `withinLastS`/`sinceStateEntry` only have a meaning inside conditions and are ignored here.
 */
export function matches(match: ActionMatch, { log }: RuleInput): PerformedAction[] {
  return log.performed.filter((a) => matchesAction(match, a, log.weightKg))
}

/** Document path of a rule's `while`, under which the engine keyed the values drawn for its ranges. */
export function whilePath(itemId: string, key: RuleKey): string {
  return `rubric.items.${itemId}.rule.${key}.while`
}

/** Whether `cond` held the moment `action` was performed (state, activities, vitals and earlier actions then). */
export function heldAt(cond: Condition, path: string, action: PerformedAction, { log }: RuleInput): boolean {
  return evaluateCondition(cond, log.contextOf(action), path)
}

export function actionEvidence(action: PerformedAction, { scenario }: RuleInput): Evidence {
  return { seq: action.seq, atMs: action.atMs, summary: summarizeAction(scenario, action) }
}

export function stateEvidence(entry: StateEntry): Evidence[] {
  return entry.seq === null
    ? []
    : [{ seq: entry.seq, atMs: entry.atMs, summary: `entered ${entry.stateId} at ${formatSimTime(entry.atMs)}` }]
}

/** "never performed", "performed only twice of 3". */
export function shortOf(found: number, count: number): string {
  if (found === 0) return 'never performed'
  return `performed only ${times(found)} of ${count}`
}
