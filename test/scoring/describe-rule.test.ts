import { describe, expect, it } from 'vitest'
import type { Rule } from '../../src/scenario/schema/index.ts'
import { describeRule, score } from '../../src/scoring/index.ts'
import { createLog, scoringScene } from './fixture.ts'

const scene = scoringScene({}, { weightKg: 20 })
const words = (rule: Rule) => describeRule(rule, scene)

describe('describeRule', () => {
  it('performed', () => {
    expect(words({ performed: { action: { id: 'cpr-start' } } })).toBe('Start CPR (cpr-start) performed')
    expect(words({ performed: { action: { id: 'defib-shock', count: 3 } } })).toBe(
      'Shock (defib-shock) performed 3 times',
    )
  })

  it('performedWithin', () => {
    expect(words({ performedWithin: { action: { id: 'defib-shock' }, withinS: 120 } })).toBe(
      'Shock (defib-shock) within 120 s of the start',
    )
    expect(
      words({
        performedWithin: {
          action: { id: 'adrenaline', routes: ['im'], amount: { min: 0.5, max: 0.5, unit: 'mg' } },
          withinS: 300,
          from: { state: 'vf' },
        },
      }),
    ).toBe('Adrenaline (adrenaline) 0.5 mg IM within 300 s of entering vf')
    expect(words({ performedWithin: { action: { id: 'defib-shock', count: 2 }, withinS: 240, from: 'start' } })).toBe(
      'Shock (defib-shock) twice within 240 s of the start',
    )
  })

  it('performedBefore', () => {
    expect(
      words({ performedBefore: { action: { id: 'iv-access' }, before: { id: 'adrenaline', routes: ['iv', 'io'] } } }),
    ).toBe('IV access (iv-access) before Adrenaline (adrenaline) IV/IO')
    expect(words({ performedBefore: { action: { id: 'defib-shock', count: 3 }, before: { id: 'adrenaline' } } })).toBe(
      'Shock (defib-shock) 3 times before Adrenaline (adrenaline)',
    )
    expect(words({ performedBefore: { action: { id: 'amiodarone' }, before: { id: 'defib-shock', count: 4 } } })).toBe(
      'Amiodarone (amiodarone) before the 4th Shock (defib-shock)',
    )
  })

  it('repeatedEvery', () => {
    expect(
      words({ repeatedEvery: { action: { id: 'adrenaline' }, minS: 180, maxS: 300, while: { state: 'vf' } } }),
    ).toBe('Adrenaline (adrenaline) repeated every 180–300 s while in state vf')
    expect(words({ repeatedEvery: { action: { id: 'defib-shock' }, minS: 120, maxS: 120 } })).toBe(
      'Shock (defib-shock) repeated every 120 s',
    )
  })

  it('doseInRange, with per-kg windows worked out for the patient', () => {
    expect(
      words({
        doseInRange: { action: { id: 'adrenaline', routes: ['im'] }, amount: { min: 0.45, max: 0.55, unit: 'mg' } },
      }),
    ).toBe('Adrenaline (adrenaline) IM always at 0.45–0.55 mg')
    expect(
      words({
        doseInRange: { action: { id: 'adrenaline', routes: ['iv'] }, amount: { min: 0.01, max: 0.02, unit: 'mg/kg' } },
      }),
    ).toBe('Adrenaline (adrenaline) IV always at 0.01–0.02 mg/kg (0.2–0.4 mg for 20 kg)')
    expect(words({ doseInRange: { action: { id: 'defib-shock' }, amount: { max: 4, unit: 'J/kg' } } })).toBe(
      'Shock (defib-shock) always at ≤ 4 J/kg (≤ 80 J for 20 kg)',
    )
    expect(words({ doseInRange: { action: { id: 'defib-shock', count: 2 }, amount: { min: 150, unit: 'J' } } })).toBe(
      'Shock (defib-shock) at least twice, always at ≥ 150 J',
    )
  })

  it('avoided, with conditions in words', () => {
    expect(
      words({
        avoided: {
          action: { id: 'adrenaline', routes: ['im'], amount: { min: 0.45, max: 0.55, unit: 'mg' } },
          while: { pulse: false },
        },
      }),
    ).toBe('Adrenaline (adrenaline) 0.45–0.55 mg IM never while the patient has no pulse')
    expect(words({ avoided: { action: { id: 'naloxone' }, while: { pulse: false, not: { active: 'cpr' } } } })).toBe(
      'Naloxone (naloxone) never while the patient has no pulse and cpr is not active',
    )
    expect(words({ avoided: { action: { id: 'defib-shock', count: 4 } } })).toBe(
      'Shock (defib-shock) not more than 3 times',
    )
    expect(
      words({ avoided: { action: { id: 'amiodarone' }, while: { not: { action: { id: 'defib-shock', count: 3 } } } } }),
    ).toBe('Amiodarone (amiodarone) never while Shock (defib-shock) has not been performed 3 times')
    expect(words({ avoided: { action: { id: 'amiodarone' }, while: { not: { pulse: false, state: 'vf' } } } })).toBe(
      'Amiodarone (amiodarone) never while not (in state vf and the patient has no pulse)',
    )
    expect(
      words({
        avoided: {
          action: { id: 'defib-shock' },
          while: {
            any: [{ state: ['rosc', 'periarrest'] }, { vitals: { sbp: { above: 60 }, spo2: { below: 80 } } }],
            not: { state: 'vf' },
          },
        },
      }),
    ).toBe(
      'Shock (defib-shock) never while not in state vf and (in state rosc or periarrest or (systolic BP above 60 mmHg and SpO2 below 80 %))',
    )
    expect(
      words({
        avoided: {
          action: { id: 'amiodarone' },
          while: { inStateS: [60, 90], elapsedS: 30, action: { id: 'defib-shock', count: 3, sinceStateEntry: true } },
        },
      }),
    ).toBe(
      'Amiodarone (amiodarone) never while the state has lasted at least 60–90 s and the run has lasted at least 30 s and Shock (defib-shock) has been performed 3 times since entering the state',
    )
  })

  it('is what each report item shows as its rule', () => {
    const withItems = scoringScene({
      shock: {
        class: 'critical',
        points: 1,
        rule: { performedWithin: { action: { id: 'defib-shock' }, withinS: 120 } },
      },
    })
    expect(score(withItems, createLog().events).items[0]?.rule).toBe('Shock (defib-shock) within 120 s of the start')
  })
})
