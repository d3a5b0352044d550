import type { Scenario } from '../scenario/schema/index.ts'
import { createDraft } from './draft.ts'
import { perform } from './perform.ts'
import { evaluateTransitions } from './step.ts'
import type { Command, SimEvent, SimState } from './types.ts'

/** Applies one command at the current sim time: pure `(state, command) → [state, events]`. */
export function applyCommand(scenario: Scenario, prev: SimState, command: Command): [SimState, SimEvent[]] {
  const d = createDraft(scenario, prev)
  const { s } = d
  switch (command.type) {
    case 'action.perform':
      perform(d, command)
      // An action can satisfy a transition at once (e.g. a scheduled drug response): don't wait a step.
      if (!s.ended && !s.paused) evaluateTransitions(d)
      break
    case 'cpr.quality': {
      const cpr = s.active['cpr']
      if (!cpr || s.ended || s.paused) break
      const quality = Math.min(1, Math.max(0, command.quality))
      s.active = { ...s.active, cpr: { ...cpr, quality } }
      d.emit({ type: 'cpr.quality-changed', quality })
      break
    }
    case 'sim.pause':
      if (s.paused || s.ended) break
      s.paused = true
      d.emit({ type: 'sim.paused' })
      break
    case 'sim.resume':
      if (!s.paused || s.ended) break
      s.paused = false
      d.emit({ type: 'sim.resumed' })
      break
  }
  return [s, d.events]
}
