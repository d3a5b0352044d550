import type { Scenario } from '../scenario/schema/index.ts'
import { cleanCprMetrics } from './cpr-metrics.ts'
import { createDraft } from './draft.ts'
import { perform } from './perform.ts'
import { evaluateTransitions } from './step.ts'
import type { Command, SimEvent, SimState } from './types.ts'

/**
 * Applies one command at the current sim time: pure `(state, command) → [state, events]`. Every
 * command leaves an event, so the log alone explains the run (`command.ignored` says why a no-op).
 */
export function applyCommand(scenario: Scenario, prev: SimState, command: Command): [SimState, SimEvent[]] {
  const d = createDraft(scenario, prev)
  const { s } = d
  const ignore = (reason: string) => d.emit({ type: 'command.ignored', command: command.type, reason })
  const ended = s.ended !== null
  switch (command.type) {
    case 'action.perform':
      perform(d, command)
      // An action can satisfy a transition at once (e.g. a scheduled drug response): don't wait a step.
      if (!s.ended && !s.paused) evaluateTransitions(d)
      break
    case 'cpr.quality': {
      const cpr = s.active['cpr']
      if (ended || s.paused || !cpr) {
        ignore(ended ? 'the scenario has ended' : s.paused ? 'the scenario is paused' : 'CPR is not in progress')
        break
      }
      const metrics = command.metrics && cleanCprMetrics(command.metrics)
      if (metrics === null || !Number.isFinite(command.quality)) {
        ignore(
          metrics === null
            ? 'the CPR metrics are not all numbers ≥ 0 (fractions ≤ 1)'
            : 'the CPR quality is not a number',
        )
        break
      }
      const quality = Math.min(1, Math.max(0, command.quality))
      s.active = { ...s.active, cpr: { ...cpr, quality } }
      d.emit({ type: 'cpr.quality-changed', quality, ...(metrics && { metrics }) })
      break
    }
    case 'sim.pause':
      if (ended || s.paused) {
        ignore(ended ? 'the scenario has ended' : 'already paused')
        break
      }
      s.paused = true
      d.emit({ type: 'sim.paused' })
      break
    case 'sim.resume':
      if (ended || !s.paused) {
        ignore(ended ? 'the scenario has ended' : 'not paused')
        break
      }
      s.paused = false
      d.emit({ type: 'sim.resumed' })
      break
  }
  return [s, d.events]
}
