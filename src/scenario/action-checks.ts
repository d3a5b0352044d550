import { listOf, unknownName } from './did-you-mean.ts'
import { matchIds, type Action, type AmountRange, type Route, type Scenario } from './schema/index.ts'
import type { DocPath, Problem } from './types.ts'
import { convertible } from './units.ts'
import { scenarioAmountWindows, scenarioMatches, type Found } from './walk.ts'

const missing = (path: DocPath, field: string, why: string): Problem => ({
  path: [...path, field],
  at: 'parent',
  message: `missing required field "${field}": ${why}`,
})

/** Fields that an action's kind or handler needs, though the schema has them optional. */
function checkCompleteness(s: Scenario, id: string, a: Action, problems: Problem[]) {
  const path = ['actions', id]
  if ((a.handler === 'ongoing-start' || a.handler === 'ongoing-stop') && a.ongoing === undefined)
    problems.push(missing(path, 'ongoing', `the ${a.handler} handler needs the id of what runs (e.g. oxygen)`))
  if (a.handler === 'vascular-access' && a.access === undefined)
    problems.push(missing(path, 'access', 'the vascular-access handler needs the route it opens (iv or io)'))
  if (a.handler === 'defib-charge' && a.amount === undefined)
    problems.push(missing(path, 'amount', 'the defib-charge handler needs the energy the learner types'))
  if (a.handler === 'cpr-start' && s.cpr === undefined)
    problems.push(
      missing(
        [],
        'cpr',
        `the cpr-start action "${id}" needs the cpr section (assumedQuality, perfusion, targets, ref)`,
      ),
    )
  if (a.kind === 'drug' && a.routes === undefined)
    problems.push(missing(path, 'routes', 'a drug action lists the routes it may be given by'))
  if (a.kind === 'drug' && a.amount === undefined)
    problems.push(missing(path, 'amount', 'a drug action asks the learner for the dose'))
  if (a.handler === 'ongoing-stop' && a.ongoing !== undefined) {
    const started = Object.values(s.actions).some((b) => b.handler === 'ongoing-start' && b.ongoing === a.ongoing)
    if (!started)
      problems.push({
        path: [...path, 'ongoing'],
        at: 'value',
        message: `no ongoing-start action starts "${a.ongoing}", so this action can never stop it`,
      })
  }
}

export function checkActions(s: Scenario, problems: Problem[]) {
  const findings = new Set(Object.keys(s.initial.findings))
  for (const state of Object.values(s.states)) Object.keys(state.findings ?? {}).forEach((k) => findings.add(k))
  for (const [id, a] of Object.entries(s.actions)) {
    const path = ['actions', id]
    if (a.equipment !== undefined && !s.setting.equipment.includes(a.equipment))
      problems.push({
        path: [...path, 'equipment'],
        at: 'value',
        message: `equipment "${a.equipment}" is not in setting.equipment (${listOf(s.setting.equipment)}); add it there or remove it here`,
      })
    checkCompleteness(s, id, a, problems)
    a.reveals?.forEach((key, i) => {
      if (!findings.has(key))
        problems.push({
          path: [...path, 'reveals', i],
          at: 'value',
          message: unknownName('finding', key, [...findings], 'findings in initial.findings and states'),
        })
    })
    a.effects?.forEach((e, i) => {
      const when = [...path, 'effects', i, 'when']
      e.when?.routes?.forEach((r, j) => checkRoute(id, a, r, [...when, 'routes', j], problems))
      if (e.when?.amount) checkWindow(id, a, { value: e.when.amount, path: [...when, 'amount'] }, problems)
    })
  }
}

function checkRoute(id: string, a: Action, route: Route, path: DocPath, problems: Problem[]) {
  if (a.routes === undefined)
    problems.push({ path, at: 'value', message: `action "${id}" has no routes, so route "${route}" never matches` })
  else if (!a.routes.includes(route))
    problems.push({
      path,
      at: 'value',
      message: `route "${route}" is not allowed for action "${id}" (its routes: ${a.routes.join(', ')})`,
    })
}

/** The units an action's recorded amount can be in: what the learner types, or the energy a shock delivers. */
const recordedUnits = (a: Action) => (a.handler === 'defib-shock' ? (['J'] as const) : a.amount?.units)

function checkWindow(id: string, a: Action, window: Found<AmountRange>, problems: Problem[]) {
  const units = recordedUnits(a)
  if (units === undefined)
    problems.push({
      path: window.path,
      at: 'value',
      message: `action "${id}" takes no amount, so this window never matches`,
    })
  else if (!units.some((u) => convertible(u, window.value.unit)))
    problems.push({
      path: [...window.path, 'unit'],
      at: 'value',
      message: `unit "${window.value.unit}" cannot be compared with the units of action "${id}" (${units.join(', ')})`,
    })
}

/** Routes and amount units in matches and dose windows must be ones the named action can be given with. */
export function checkMatchCompatibility(s: Scenario, problems: Problem[]) {
  for (const { value, path } of scenarioMatches(s)) {
    for (const id of matchIds(value)) {
      const a = Object.hasOwn(s.actions, id) ? s.actions[id] : undefined
      if (a) value.routes?.forEach((r, j) => checkRoute(id, a, r, [...path, 'routes', j], problems))
    }
  }
  for (const { actionId, window } of scenarioAmountWindows(s)) {
    const a = Object.hasOwn(s.actions, actionId) ? s.actions[actionId] : undefined
    if (a) checkWindow(actionId, a, window, problems)
  }
}
