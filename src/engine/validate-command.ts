import type { Action } from '../scenario/schema/index.ts'
import { convertAmount, formatAmount } from './amounts.ts'
import type { Draft } from './draft.ts'
import type { PerformCommand } from './types.ts'

const ACCESS_ACTIONS_BY_ROUTE = (d: Draft, route: string) => d.scenario.routeAccess?.[route as 'iv']

/** Why the engine refuses this action now, or null if it can be performed. */
export function refusalReason(d: Draft, action: Action, cmd: PerformCommand): string | null {
  const { s, scenario } = d
  if (s.ended) return 'the scenario has ended'
  if (s.paused) return 'the scenario is paused'
  if (action.repeatable === false && s.performed.some((p) => p.actionId === cmd.actionId))
    return `${action.label} has already been done`
  for (const required of action.requires ?? []) {
    if (!s.performed.some((p) => p.actionId === required))
      return `${scenario.actions[required]?.label ?? required} must be done first`
  }
  if (action.routes) {
    if (!cmd.route) return `choose a route for ${action.label}`
    if (!action.routes.includes(cmd.route))
      return `${action.label} cannot be given by the ${cmd.route.toUpperCase()} route here`
    const accessAction = ACCESS_ACTIONS_BY_ROUTE(d, cmd.route)
    if (accessAction && !s.performed.some((p) => p.actionId === accessAction))
      return `no ${cmd.route.toUpperCase()} access: ${scenario.actions[accessAction]?.label ?? accessAction} first`
  } else if (cmd.route) {
    return `${action.label} has no route to choose`
  }
  if (action.amount) {
    const { amount } = cmd
    if (!amount) return `enter the ${action.amount.label.toLowerCase()} for ${action.label}`
    if (!Number.isFinite(amount.value) || amount.value <= 0)
      return `enter a positive ${action.amount.label.toLowerCase()}`
    if (!action.amount.units.includes(amount.unit))
      return `${action.label} is given in ${action.amount.units.join(' or ')}`
    const firstUnit = action.amount.units[0]
    if (action.amount.max !== undefined && firstUnit) {
      const value = convertAmount(amount, firstUnit, scenario.patient.weightKg)
      if (value !== null && value > action.amount.max)
        return `${formatAmount(amount)} is above the largest ${action.amount.label.toLowerCase()} this device or syringe allows (${action.amount.max} ${firstUnit}): check the entry`
    }
  } else if (cmd.amount) {
    return `${action.label} takes no amount`
  }
  return handlerRefusal(d, action)
}

function handlerRefusal(d: Draft, action: Action): string | null {
  const { s } = d
  switch (action.handler) {
    case 'defib-analyse':
    case 'defib-charge':
      return s.defib.padsOn ? null : 'attach the defibrillator pads first'
    case 'defib-shock':
      return s.defib.chargedJ === null ? 'the defibrillator is not charged' : null
    case 'defib-disarm':
      return s.defib.chargedJ === null ? 'the defibrillator is not charged' : null
    case 'defib-pads':
      return s.defib.padsOn ? 'the pads are already attached' : null
    case 'cpr-start':
      return s.active['cpr'] ? 'CPR is already in progress' : null
    case 'cpr-stop':
      return s.active['cpr'] ? null : 'CPR is not in progress'
    case 'ongoing-start':
      // With an amount (e.g. oxygen flow) a repeat start adjusts the running activity.
      return action.ongoing && s.active[action.ongoing] && !action.amount ? `${action.label}: already running` : null
    case 'ongoing-stop':
      return action.ongoing && !s.active[action.ongoing] ? `${action.label}: nothing to stop` : null
    case 'vascular-access':
      return action.access && s.access[action.access]
        ? `${action.access.toUpperCase()} access is already in place`
        : null
    default:
      return null
  }
}
