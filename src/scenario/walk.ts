import {
  matchIds,
  type ActionMatch,
  type AmountRange,
  type Condition,
  type Rule,
  type Scenario,
} from './schema/index.ts'
import type { DocPath } from './types.ts'

/** A value found in the scenario, with its document path. */
export interface Found<T> {
  value: T
  path: DocPath
}

/** A condition and every condition nested in it (all / any / not), depth-first. */
export function conditionsIn(cond: Condition, path: DocPath, out: Found<Condition>[] = []): Found<Condition>[] {
  out.push({ value: cond, path })
  cond.all?.forEach((c, i) => conditionsIn(c, [...path, 'all', i], out))
  cond.any?.forEach((c, i) => conditionsIn(c, [...path, 'any', i], out))
  if (cond.not) conditionsIn(cond.not, [...path, 'not'], out)
  return out
}

/** The `while` clauses of a rubric rule. */
export function ruleConditions(rule: Rule, path: DocPath): Found<Condition>[] {
  const out: Found<Condition>[] = []
  if (rule.repeatedEvery?.while) conditionsIn(rule.repeatedEvery.while, [...path, 'repeatedEvery', 'while'], out)
  if (rule.avoided?.while) conditionsIn(rule.avoided.while, [...path, 'avoided', 'while'], out)
  return out
}

/** Every condition of the scenario: transitions, end conditions and rubric `while` clauses. */
export function scenarioConditions(s: Scenario): Found<Condition>[] {
  const out: Found<Condition>[] = []
  s.transitions.forEach((t, i) => conditionsIn(t.when, ['transitions', i, 'when'], out))
  for (const [id, end] of Object.entries(s.end.conditions))
    conditionsIn(end.when, ['end', 'conditions', id, 'when'], out)
  for (const [id, item] of Object.entries(s.rubric.items))
    out.push(...ruleConditions(item.rule, ['rubric', 'items', id, 'rule']))
  return out
}

/** The action matches a rule names directly (`action`, `before`), not those inside `while`. */
export function ruleMatches(rule: Rule, path: DocPath): Found<ActionMatch>[] {
  const out: Found<ActionMatch>[] = []
  for (const [kind, body] of Object.entries(rule)) {
    if (!body) continue
    out.push({ value: body.action, path: [...path, kind, 'action'] })
    if ('before' in body) out.push({ value: body.before, path: [...path, kind, 'before'] })
  }
  return out
}

/** Every action match of the scenario: in conditions anywhere, and in rubric rules. */
export function scenarioMatches(s: Scenario): Found<ActionMatch>[] {
  const fromConditions = scenarioConditions(s).flatMap(({ value, path }) =>
    value.action ? [{ value: value.action, path: [...path, 'action'] }] : [],
  )
  const fromRules = Object.entries(s.rubric.items).flatMap(([id, item]) =>
    ruleMatches(item.rule, ['rubric', 'items', id, 'rule']),
  )
  return [...fromConditions, ...fromRules]
}

/** Amount windows that score a named action: matches' `amount` and `doseInRange.amount`. */
export function scenarioAmountWindows(s: Scenario): { actionId: string; window: Found<AmountRange> }[] {
  const out = scenarioMatches(s).flatMap(({ value, path }) => {
    const amount = value.amount
    return amount
      ? matchIds(value).map((actionId) => ({ actionId, window: { value: amount, path: [...path, 'amount'] } }))
      : []
  })
  for (const [id, item] of Object.entries(s.rubric.items)) {
    const dose = item.rule.doseInRange
    if (dose)
      for (const actionId of matchIds(dose.action))
        out.push({
          actionId,
          window: { value: dose.amount, path: ['rubric', 'items', id, 'rule', 'doseInRange', 'amount'] },
        })
  }
  return out
}

/** One id or a list of ids, each with its own path. */
export function idsAt(ids: string | readonly string[] | undefined, path: DocPath): Found<string>[] {
  if (ids === undefined) return []
  return typeof ids === 'string' ? [{ value: ids, path }] : ids.map((value, i) => ({ value, path: [...path, i] }))
}

/** Every `ref` of the scenario. */
export function scenarioRefs(s: Scenario): Found<string>[] {
  const out: Found<string>[] = []
  for (const [id, action] of Object.entries(s.actions)) {
    out.push(...idsAt(action.ref, ['actions', id, 'ref']))
    action.effects?.forEach((e, i) => out.push(...idsAt(e.ref, ['actions', id, 'effects', i, 'ref'])))
  }
  s.transitions.forEach((t, i) => out.push(...idsAt(t.ref, ['transitions', i, 'ref'])))
  for (const [id, item] of Object.entries(s.rubric.items)) out.push(...idsAt(item.ref, ['rubric', 'items', id, 'ref']))
  if (s.cpr) {
    out.push(...idsAt(s.cpr.ref, ['cpr', 'ref']))
    for (const [key, target] of Object.entries(s.cpr.targets))
      out.push(...idsAt(target.ref, ['cpr', 'targets', key, 'ref']))
  }
  return out
}
