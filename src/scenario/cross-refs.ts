import { checkActions, checkMatchCompatibility } from './action-checks.ts'
import { checkCitedNumbers } from './cited-numbers.ts'
import { unknownName } from './did-you-mean.ts'
import { Id, type Scenario } from './schema/index.ts'
import type { DocPath, Problem } from './types.ts'
import { idsAt, scenarioConditions, scenarioMatches, scenarioRefs } from './walk.ts'

const has = (map: object, id: string) => Object.hasOwn(map, id)

/** The ids a condition's `active:` may name: what ongoing-start actions start, and `cpr`. */
export function ongoingIds(s: Scenario): string[] {
  const ids = new Set<string>()
  for (const action of Object.values(s.actions)) {
    if (action.handler === 'ongoing-start' && action.ongoing) ids.add(action.ongoing)
    if (action.handler === 'cpr-start') ids.add('cpr')
  }
  return [...ids]
}

function checkStates(s: Scenario, problems: Problem[]) {
  const known = Object.keys(s.states)
  const check = (id: string, path: DocPath) => {
    if (!has(s.states, id)) problems.push({ path, at: 'value', message: unknownName('state', id, known, 'states') })
  }
  check(s.initial.state, ['initial', 'state'])
  s.transitions.forEach((t, i) => {
    if (t.from !== '*') idsAt(t.from, ['transitions', i, 'from']).forEach((f) => check(f.value, f.path))
    check(t.to, ['transitions', i, 'to'])
  })
  for (const [id, action] of Object.entries(s.actions)) {
    action.effects?.forEach((e, i) => {
      const path = ['actions', id, 'effects', i]
      if (e.toState !== undefined) check(e.toState, [...path, 'toState'])
      idsAt(e.when?.states, [...path, 'when', 'states']).forEach((f) => check(f.value, f.path))
    })
  }
  for (const { value, path } of scenarioConditions(s))
    idsAt(value.state, [...path, 'state']).forEach((f) => check(f.value, f.path))
  for (const [id, item] of Object.entries(s.rubric.items)) {
    const from = item.rule.performedWithin?.from
    if (typeof from === 'object') check(from.state, ['rubric', 'items', id, 'rule', 'performedWithin', 'from', 'state'])
  }
}

function checkActionIds(s: Scenario, problems: Problem[]) {
  const known = Object.keys(s.actions)
  const check = (id: string, path: DocPath) => {
    if (!has(s.actions, id)) problems.push({ path, at: 'value', message: unknownName('action', id, known, 'actions') })
  }
  for (const { value, path } of scenarioMatches(s))
    idsAt(value.id, [...path, 'id']).forEach((f) => check(f.value, f.path))
  for (const [id, action] of Object.entries(s.actions))
    idsAt(action.requires, ['actions', id, 'requires']).forEach((f) => check(f.value, f.path))
  for (const [route, id] of Object.entries(s.routeAccess ?? {})) if (id !== undefined) check(id, ['routeAccess', route])
}

function checkActive(s: Scenario, problems: Problem[]) {
  const known = ongoingIds(s)
  const check = (active: string | undefined, path: DocPath) => {
    if (active === undefined || known.includes(active)) return
    const message =
      known.length > 0
        ? unknownName('ongoing action', active, known, 'ongoing actions started here')
        : `unknown ongoing action "${active}": no action starts one (an action with handler ongoing-start and ongoing: ${active}, or cpr-start for cpr)`
    problems.push({ path, at: 'value', message })
  }
  for (const { value, path } of scenarioConditions(s)) check(value.active, [...path, 'active'])
  for (const [id, action] of Object.entries(s.actions))
    action.effects?.forEach((e, i) => check(e.when?.active, ['actions', id, 'effects', i, 'when', 'active']))
}

function checkReferences(s: Scenario, problems: Problem[]) {
  const known = Object.keys(s.references)
  for (const { value, path } of scenarioRefs(s))
    if (!has(s.references, value))
      problems.push({ path, at: 'value', message: unknownName('reference', value, known, 'references') })
}

/** A shortcut key chooses one action: two actions on one key would make the keyboard path ambiguous. */
function checkShortcuts(s: Scenario, problems: Problem[]) {
  const owner = new Map<string, string>()
  for (const [id, action] of Object.entries(s.actions)) {
    if (action.shortcut === undefined) continue
    const first = owner.get(action.shortcut)
    if (first === undefined) owner.set(action.shortcut, id)
    else
      problems.push({
        path: ['actions', id, 'shortcut'],
        at: 'value',
        message: `shortcut "${action.shortcut}" is already used by action "${first}"`,
      })
  }
}

/** `severity` grades harm: harmful items must state it (critical fails the run), other classes may not have it. */
function checkSeverity(s: Scenario, problems: Problem[]) {
  for (const [id, item] of Object.entries(s.rubric.items)) {
    const path = ['rubric', 'items', id]
    if (item.class === 'harmful' && item.severity === undefined)
      problems.push({
        path,
        at: 'key',
        message: 'a harmful item needs a severity: critical (fails the run), major or minor',
      })
    if (item.class !== 'harmful' && item.severity !== undefined)
      problems.push({
        path: [...path, 'severity'],
        at: 'key',
        message: `severity applies to harmful items only; this item is ${item.class}`,
      })
  }
}

/**
 * Checks that run once the schema passes: every id names something that exists, actions are
 * complete for their kind and handler, and every clinical number cites a reference.
 */
export function checkCrossRefs(s: Scenario): Problem[] {
  const problems: Problem[] = []
  checkStates(s, problems)
  checkActionIds(s, problems)
  checkActive(s, problems)
  checkReferences(s, problems)
  checkActions(s, problems)
  checkMatchCompatibility(s, problems)
  checkCitedNumbers(s, problems)
  checkSeverity(s, problems)
  checkShortcuts(s, problems)
  return problems
}

/** The scenario id must be its file name, so links and catalogues can find it (runs even when the schema fails). */
export function checkFileId(data: Record<string, unknown>, file: string): Problem[] {
  const name = (file.split(/[\\/]/).pop() ?? file).replace(/\.ya?ml$/i, '')
  const id = data.id
  if (typeof id !== 'string' || !Id.safeParse(id).success || id === name) return []
  return [
    {
      path: ['id'],
      at: 'value',
      message: `expected the file name without .yaml, "${name}", got "${id}" (rename the file or the id)`,
    },
  ]
}
