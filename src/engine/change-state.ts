import type { Draft } from './draft.ts'
import { defaultPulse, snapshotVitals, VITAL_INDEX } from './physiology.ts'
import type { Rhythm } from '../scenario/schema/index.ts'
import type { StateChangeCause } from './types.ts'

const sameRhythm = (a: Rhythm, b: Rhythm) => a === b || (a.startsWith('sinus') && b.startsWith('sinus'))

/** Enters a clinical state: rhythm, pulse and AVPU switch at once; numeric vitals trend from here. */
export function changeState(d: Draft, to: string, cause: StateChangeCause): void {
  const { s, scenario } = d
  const target = scenario.states[to]
  if (!target || to === s.stateId) return
  const from = s.stateId
  const vitals = { ...s.vitals }
  const rhythm = target.vitals.rhythm ?? vitals.rhythm
  if (rhythm !== vitals.rhythm) d.emit({ type: 'rhythm.changed', from: vitals.rhythm, to: rhythm })
  vitals.rhythm = rhythm
  // The monitor counts the rate from the rhythm: a new rhythm (VF → sinus, sinus → PEA) brings its rate at
  // once. Within the sinus family (brady ↔ sinus ↔ tachy) the rate keeps trending: that is one rhythm.
  const hrTarget = target.vitals.hr
  if (!sameRhythm(rhythm, s.vitals.rhythm) && hrTarget !== undefined) {
    const hr = d.resolve(hrTarget, `states.${to}.vitals.hr`)
    const baseline = s.baseline.slice()
    baseline[VITAL_INDEX.hr] = hr
    s.baseline = baseline
    vitals.hr = hr
  }
  vitals.pulse = target.vitals.pulse ?? (target.vitals.rhythm ? defaultPulse(rhythm) : vitals.pulse)
  if (target.vitals.avpu) vitals.avpu = target.vitals.avpu
  s.vitals = vitals
  s.stateId = to
  s.stateEnteredMs = s.nowMs
  // A scheduled transition belongs to the state it was scheduled in.
  s.pending = []
  d.emit({ type: 'state.changed', from, to, cause, vitals: snapshotVitals(vitals) })
}
