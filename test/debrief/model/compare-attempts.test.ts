import { describe, expect, it } from 'vitest'
import { buildDebrief, compareAttempts, type Debrief } from '../../../src/debrief/model/index.ts'
import { runs } from '../../scenes/anaphylaxis-adult.runs.ts'
import { anaphylaxis, recordingOf, vfArrest, vfExpert } from './fixtures.ts'

/** The debrief of the anaphylaxis scripted run whose name starts with `prefix`. */
const debriefOf = (prefix: string): Debrief => {
  const run = runs.find((r) => r.name.startsWith(prefix))
  if (!run) throw new Error(`no run "${prefix}"`)
  return buildDebrief(anaphylaxis, recordingOf(anaphylaxis, run))
}
const label = (id: string) => anaphylaxis.rubric.items[id]?.label
const ref = (id: string) => ({ itemId: id, label: label(id) })

describe('compareAttempts', () => {
  const expert = debriefOf('expert: recognise')
  const semiRecumbent = debriefOf('expert variant: reclined')
  const late = debriefOf('late: supportive care first')
  const allergy = debriefOf('harmful: treats it as an allergy first')
  const overdose = debriefOf('harmful: ten-fold adrenaline error')
  const nothing = debriefOf('does nothing')

  it('late adrenaline, then expert: gains the critical IM dose, a little slower on the call and the infusion', () => {
    const c = compareAttempts(late, expert)
    expect(c.scaled).toEqual([0.7222, 1])
    expect(c.pass).toEqual([false, true])
    expect(c.critical).toEqual([
      { ...ref('call-for-help'), a: 15_000, b: 20_000, change: 'slower' },
      { ...ref('stop-trigger'), a: 20_000, b: 25_000, change: 'slower' },
      // Given at 7 min in the late run, outside the window: not met, so no time.
      { ...ref('im-adrenaline-early'), a: null, b: 40_000, change: 'gained' },
    ])
    expect(c.gained).toEqual([ref('im-adrenaline-early')])
    expect(c.lost).toEqual([])
  })

  it('allergy-first, then expert: faster to stop the trigger and give adrenaline, and three harms avoided', () => {
    const c = compareAttempts(allergy, expert)
    expect(c.critical.map((i) => [i.itemId, i.a, i.b, i.change])).toEqual([
      ['call-for-help', 15_000, 20_000, 'slower'],
      ['stop-trigger', 80_000, 25_000, 'faster'],
      ['im-adrenaline-early', 150_000, 40_000, 'faster'],
    ])
    expect(c.gained).toEqual([
      ref('no-antihistamine-before-adrenaline'),
      ref('no-steroid-before-adrenaline'),
      ref('no-sitting-when-shocked'),
    ])
    expect(c.lost).toEqual([])
  })

  it('expert, then a ten-fold overdose: loses the critical dose item and the overdose harm is done', () => {
    const c = compareAttempts(expert, overdose)
    expect(c.pass).toEqual([true, false])
    expect(c.critical.find((i) => i.itemId === 'im-adrenaline-early')).toEqual({
      ...ref('im-adrenaline-early'),
      a: 40_000,
      b: null,
      change: 'lost',
    })
    expect(c.lost).toEqual([ref('im-adrenaline-early'), ref('no-adrenaline-overdose')])
    expect(c.gained).toEqual([])
  })

  it('does nothing, then overdose: gains the call and the infusion, still misses the dose', () => {
    const c = compareAttempts(nothing, overdose)
    expect(c.critical.map((i) => i.change)).toEqual(['gained', 'gained', 'still-missed'])
    expect(c.gained.map((i) => i.itemId)).toEqual([
      'call-for-help',
      'stop-trigger',
      'high-flow-oxygen',
      'fluid-bolus',
      'lie-flat',
      'repeat-adrenaline-interval',
      'sbar-handover',
    ])
    expect(c.lost).toEqual([ref('no-adrenaline-overdose')])
  })

  it('two expert runs with the same timings: same, nothing gained or lost', () => {
    const c = compareAttempts(expert, semiRecumbent)
    expect(c.critical.map((i) => i.change)).toEqual(['same', 'same', 'same'])
    expect(c.gained).toEqual([])
    expect(c.lost).toEqual([])
  })

  it('refuses attempts of different scenarios', () => {
    const vf = buildDebrief(vfArrest, recordingOf(vfArrest, vfExpert))
    expect(() => compareAttempts(expert, vf)).toThrow(/different scenarios.*anaphylaxis/)
  })
})
