import type { Amount } from '../../engine/types.ts'
import type { Route } from '../../scenario/schema/index.ts'
import type { SimStoreState } from '../../store/index.ts'
import { asSentence } from '../hud/feedback.ts'

export type PerformOutcome = { ok: true } | { ok: false; reason: string }

export interface PerformRequest {
  actionId: string
  amount?: Amount
  route?: Route
}

/**
 * Performs an action through the store and says whether the engine refused it and why. A paused
 * store takes no commands at all, so that case gets its own answer instead of silence.
 */
export function performAction(
  store: Pick<SimStoreState, 'status' | 'perform'>,
  request: PerformRequest,
): PerformOutcome {
  if (store.status === 'paused') return { ok: false, reason: 'The scenario is paused: resume it to act.' }
  if (store.status !== 'running') return { ok: false, reason: 'The scenario is not running.' }
  const events = store.perform({
    type: 'action.perform',
    actionId: request.actionId,
    ...(request.amount && { amount: request.amount }),
    ...(request.route && { route: request.route }),
  })
  for (const event of events) {
    if (event.type === 'action.refused') return { ok: false, reason: asSentence(event.reason) }
  }
  return { ok: true }
}
