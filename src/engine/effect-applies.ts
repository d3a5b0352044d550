import type { Effect, Scenario } from '../scenario/schema/index.ts'
import { amountInRange } from './amounts.ts'
import type { Amount } from './types.ts'
import type { Route } from '../scenario/schema/index.ts'

/** Whether an effect's `when` matches the action as performed (route, amount) and the patient's situation now. */
export function effectApplies(
  scenario: Scenario,
  effect: Effect,
  performed: { route?: Route; amount?: Amount },
  now: { stateId: string; active: Readonly<Record<string, unknown>> },
): boolean {
  const when = effect.when
  if (!when) return true
  if (when.routes && (!performed.route || !when.routes.includes(performed.route))) return false
  if (when.amount && !amountInRange(performed.amount, when.amount, scenario.patient.weightKg)) return false
  if (when.states && !when.states.includes(now.stateId)) return false
  if (when.active !== undefined && !Object.hasOwn(now.active, when.active)) return false
  return true
}
