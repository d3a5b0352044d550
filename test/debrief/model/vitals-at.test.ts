import { describe, expect, it } from 'vitest'
import { vitalsAt, vitalsWhenActing } from '../../../src/debrief/model/index.ts'
import { createTimeline, type Vitals } from '../../../src/engine/index.ts'
import type { Scenario } from '../../../src/scenario/index.ts'
import { statementsForEvent } from '../../../src/xapi/statements/index.ts'
import { CONTEXT_EXTENSIONS } from '../../../src/xapi/vocabulary.ts'
import type { ScriptedRun } from '../../scenes/scripted-run.ts'
import { cmi5Context, idSource } from '../../xapi/statements/fixtures.ts'
import { SEED, anaphylaxis, anaphylaxisExpert, vfArrest, vfExpert } from './fixtures.ts'

/** Each `interacted` statement of a run: its sim time and vitals snapshot, as an LRS would hold them. */
function recordedStatements(scenario: Scenario, run: ScriptedRun) {
  const timeline = createTimeline(scenario, SEED, run.commands)
  const ctx = cmi5Context({ scenario })
  const next = idSource()
  const recorded = timeline.events.flatMap((e) => {
    if (e.type !== 'action.performed') return []
    const extensions = statementsForEvent(e, ctx, next(e.atMs))?.context?.extensions ?? {}
    return [
      {
        actionId: e.actionId,
        simTime: extensions[CONTEXT_EXTENSIONS.simTime] as number,
        vitals: extensions[CONTEXT_EXTENSIONS.vitals] as Vitals,
      },
    ]
  })
  return { timeline, recorded }
}

describe('replaying a recording at the time of a statement gives the vitals that the statement recorded', () => {
  it('anaphylaxis expert run: vitalsAt equals every action statement', () => {
    const { timeline, recorded } = recordedStatements(anaphylaxis, anaphylaxisExpert)
    expect(recorded.length).toBeGreaterThan(10)
    for (const s of recorded) {
      expect(vitalsAt(timeline, s.simTime), `${s.actionId} at ${s.simTime}`).toEqual(s.vitals)
      expect(vitalsWhenActing(anaphylaxis, timeline, s.simTime)).toEqual(s.vitals)
    }
  })

  it('VF expert run: vitalsWhenActing equals every statement, the converting shock included', () => {
    const { timeline, recorded } = recordedStatements(vfArrest, vfExpert)
    for (const s of recorded) {
      expect(vitalsWhenActing(vfArrest, timeline, s.simTime), `${s.actionId} at ${s.simTime}`).toEqual(s.vitals)
    }
    // The 4th shock converts VF in the same instant: the statement holds the VF the learner shocked, while
    // vitalsAt (the end of that moment) already shows the organised rhythm with a pulse.
    const shock = recorded.find((s) => s.actionId === 'defib-shock' && s.simTime === 414_000)
    expect(shock?.vitals).toMatchObject({ rhythm: 'vf', pulse: false })
    expect(vitalsAt(timeline, 414_000).pulse).toBe(true)
  })

  it('vitalsAt at 0 is the first moment after any command at 0; vitalsWhenActing at 0 the initial vitals', () => {
    const timeline = createTimeline(anaphylaxis, SEED, anaphylaxisExpert.commands)
    expect(vitalsWhenActing(anaphylaxis, timeline, 0)).toEqual(vitalsAt(timeline, 0))
    const first = timeline.events[0]
    expect(first?.type === 'sim.started' && first.vitals).toEqual(vitalsAt(timeline, 0))
  })
})
