import { POSITIVE_CLASSES, type RubricClass, type RubricItem, type Scenario } from '../scenario/schema/index.ts'
import { describeRule } from './describe-rule.ts'
import type { RunLog } from './run-log.ts'
import { evaluateRule } from './rules/registry.ts'
import type { ResolvedReference, ScoreItem } from './types.ts'

export function isPositive(cls: RubricClass): boolean {
  return (POSITIVE_CLASSES as readonly RubricClass[]).includes(cls)
}

/** Positive classes earn their points when met; unnecessary/harmful items cost them when not met. */
export function scoreItem(id: string, item: RubricItem, scenario: Scenario, log: RunLog): ScoreItem {
  const result = evaluateRule(item.rule, { itemId: id, scenario, log })
  const positive = isPositive(item.class)
  const applicable = result.applicable !== false
  const awarded = !applicable ? 0 : positive ? (result.met ? item.points : 0) : result.met ? 0 : -item.points
  return {
    id,
    label: item.label,
    class: item.class,
    ...(item.severity && { severity: item.severity }),
    points: item.points,
    // -0 would print as "0" but fail strict equality in consumers' tests and JSON diffs.
    awarded: awarded === 0 ? 0 : awarded,
    met: result.met,
    applicable,
    rule: describeRule(item.rule, scenario),
    evidence: result.evidence,
    decidedAtMs: result.decidedAtMs,
    reason: result.reason,
    ref: resolveRefs(item.ref, scenario),
    ...(item.feedback && { feedback: item.feedback }),
  }
}

/** Reference ids to their entries; unknown ids are left out (the scene's cross-reference check reports them). */
function resolveRefs(ref: RubricItem['ref'], scenario: Scenario): ResolvedReference[] {
  if (ref === undefined) return []
  return [ref].flat().flatMap((id) => {
    const r = scenario.references[id]
    return r ? [{ id, title: r.title, url: r.url, edition: r.edition }] : []
  })
}
