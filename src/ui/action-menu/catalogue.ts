import { ACTION_CATEGORIES } from '../../scenario/schema/index.ts'
import type { Action, Equipment } from '../../scenario/schema/index.ts'

type Category = Action['category']
/** An action of the scenario with its id (the store's AvailableAction has this shape). */
export type MenuAction = Action & { id: string }
/** What the learner clicked in the room: a piece of equipment or the patient's body. */
export type MenuTarget = Equipment | 'patient'

export const CATEGORY_TITLES: Record<Category, string> = {
  assessment: 'Assessment',
  airway: 'Airway',
  breathing: 'Breathing',
  circulation: 'Circulation',
  cpr: 'CPR',
  defibrillation: 'Defibrillation',
  access: 'Vascular access',
  drugs: 'Drugs',
  fluids: 'Fluids',
  communication: 'Communication',
}

/** Hands-on care at the patient: examining and treating with your hands, not with a device elsewhere. */
const AT_THE_PATIENT: ReadonlySet<Category> = new Set(['assessment', 'airway', 'breathing', 'circulation', 'cpr'])

/** Actions reached from what was clicked: the patient offers examination and hands-on care. */
export function actionsAt<A extends MenuAction>(actions: readonly A[], target: MenuTarget): A[] {
  if (target === 'patient') {
    return actions.filter((a) => (a.equipment === undefined || a.equipment === 'bed') && AT_THE_PATIENT.has(a.category))
  }
  return actions.filter((a) => a.equipment === target)
}

/** The ongoing activity an action starts or stops (CPR, oxygen, ...), if any. */
export function activityOf(action: Action): string | null {
  if (action.handler === 'cpr-start' || action.handler === 'cpr-stop') return 'cpr'
  if (action.handler === 'ongoing-start' || action.handler === 'ongoing-stop') return action.ongoing ?? null
  return null
}

export const startsActivity = (a: Action) => a.handler === 'cpr-start' || a.handler === 'ongoing-start'
export const stopsActivity = (a: Action) => a.handler === 'cpr-stop' || a.handler === 'ongoing-stop'

/**
 * Whether the menu offers the action now: a stop only while its activity runs, a start only while it
 * does not — except a start with an amount (oxygen flow), which changes the running activity.
 */
export function offeredNow(action: Action, active: Readonly<Record<string, unknown>>): boolean {
  const activity = activityOf(action)
  if (activity === null) return true
  const running = active[activity] !== undefined
  if (stopsActivity(action)) return running
  return !running || action.amount !== undefined
}

/** Every word of the query must appear in the label or the category (case-insensitive). */
export function matchesQuery(action: Action, query: string): boolean {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean)
  if (words.length === 0) return true
  const haystack = `${action.label} ${action.category} ${CATEGORY_TITLES[action.category]}`.toLowerCase()
  return words.every((w) => haystack.includes(w))
}

export interface ActionGroup<A extends MenuAction = MenuAction> {
  category: Category
  title: string
  actions: A[]
}

/** Groups in ABCDE order (the schema's category order); within a group, the scene's own order. */
export function groupByCategory<A extends MenuAction>(actions: readonly A[]): ActionGroup<A>[] {
  return ACTION_CATEGORIES.map((category) => ({
    category,
    title: CATEGORY_TITLES[category],
    actions: actions.filter((a) => a.category === category),
  })).filter((g) => g.actions.length > 0)
}

/** What the menu lists: offered now, at the clicked target (if any), matching the search. */
export function menuGroups<A extends MenuAction>(
  actions: readonly A[],
  options: { active: Readonly<Record<string, unknown>>; target: MenuTarget | null; query: string },
): ActionGroup<A>[] {
  const here = options.target === null ? actions : actionsAt(actions, options.target)
  return groupByCategory(here.filter((a) => offeredNow(a, options.active) && matchesQuery(a, options.query)))
}

/** Whether performing needs the dose dialog: the learner types an amount and/or picks a route. */
export const needsDoseDialog = (a: Action) => a.amount !== undefined || a.routes !== undefined
