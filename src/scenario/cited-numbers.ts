import type { ActionMatch, Rule, Scenario } from './schema/index.ts'
import type { Problem } from './types.ts'
import { describeWindow } from './units.ts'
import { conditionsIn, ruleConditions, ruleMatches } from './walk.ts'

const CITE = 'cite its guideline with ref: <id of references>'

function numberInMatch(m: ActionMatch | undefined): string | undefined {
  if (m?.amount) return `amount: ${describeWindow(m.amount)}`
  if (m?.withinLastS !== undefined) return `withinLastS: ${m.withinLastS}`
  return undefined
}

/** The first clinical number a rule carries, as written, e.g. "withinS: 120". */
function numberInRule(rule: Rule): string | undefined {
  if (rule.performedWithin) return `withinS: ${rule.performedWithin.withinS}`
  if (rule.repeatedEvery) return `minS: ${rule.repeatedEvery.minS}, maxS: ${rule.repeatedEvery.maxS}`
  if (rule.doseInRange) return `amount: ${describeWindow(rule.doseInRange.amount)}`
  const matches = [...ruleMatches(rule, []).map((f) => f.value), ...ruleConditions(rule, []).map((f) => f.value.action)]
  return matches.map(numberInMatch).find((n) => n !== undefined)
}

/** "A number with no reference": timed and dosed rubric items, dosed transitions and drugs must cite a guideline. */
export function checkCitedNumbers(s: Scenario, problems: Problem[]) {
  for (const [id, item] of Object.entries(s.rubric.items)) {
    const number = item.ref === undefined ? numberInRule(item.rule) : undefined
    if (number !== undefined)
      problems.push({
        path: ['rubric', 'items', id, 'ref'],
        at: 'parent',
        message: `this item's rule uses a clinical number (${number}); ${CITE}`,
      })
  }
  s.transitions.forEach((t, i) => {
    if (t.ref !== undefined) return
    const dosed = conditionsIn(t.when, []).find((c) => c.value.action?.amount)?.value.action?.amount
    if (dosed)
      problems.push({
        path: ['transitions', i, 'ref'],
        at: 'parent',
        message: `this transition's condition uses a clinical number (amount: ${describeWindow(dosed)}); ${CITE}`,
      })
  })
  for (const [id, action] of Object.entries(s.actions))
    if (action.kind === 'drug' && action.ref === undefined)
      problems.push({
        path: ['actions', id, 'ref'],
        at: 'parent',
        message: `a drug action's doses and routes are clinical numbers; ${CITE}`,
      })
}
