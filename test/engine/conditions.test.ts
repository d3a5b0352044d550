import { describe, expect, it } from 'vitest'
import { evaluateCondition, matchesAction, type ConditionContext } from '../../src/engine/index.ts'
import type { PerformedAction } from '../../src/engine/index.ts'
import { describeActionMatch } from '../../src/scoring/describe-condition.ts'
import { engineFixture } from './fixture.ts'

const done = (actionId: string, atMs: number, extra: Partial<PerformedAction> = {}): PerformedAction => ({
  seq: atMs,
  atMs,
  actionId,
  stateId: 'sick',
  ...extra,
})

const context = (performed: PerformedAction[], nowMs = 60_000): ConditionContext => ({
  nowMs,
  stateId: 'sick',
  stateEnteredMs: 30_000,
  vitals: {
    hr: 100,
    sbp: 90,
    dbp: 50,
    spo2: 91,
    rr: 24,
    etco2: 35,
    temp: 37,
    glucose: 6,
    gcs: 15,
    rhythm: 'sinus',
    pulse: true,
    avpu: 'A',
  },
  active: ['oxygen'],
  performed,
  weightKg: 80,
  resolve: (v) => (typeof v === 'number' ? v : v[0]),
})

describe('conditions', () => {
  it('a match with a list of ids accepts any of them', () => {
    const match = { id: ['look', 'help'] }
    expect(matchesAction(match, done('help', 0), 80)).toBe(true)
    expect(matchesAction(match, done('look', 0), 80)).toBe(true)
    expect(matchesAction(match, done('drug', 0), 80)).toBe(false)
    expect(describeActionMatch(match, engineFixture())).toBe('Look (look) or Call for help (help)')
  })

  it('matches amounts across units and per kg, routes, counts and time windows', () => {
    const given = [
      done('drug', 10_000, { amount: { value: 500, unit: 'mcg' }, route: 'im' }),
      done('drug', 40_000, { amount: { value: 0.5, unit: 'mg' }, route: 'im' }),
    ]
    const ctx = context(given)
    const ev = (action: object) => evaluateCondition({ action } as never, ctx, 'c')
    expect(ev({ id: 'drug', amount: { min: 0.45, max: 0.55, unit: 'mg' }, count: 2 })).toBe(true)
    expect(ev({ id: 'drug', amount: { min: 0.006, max: 0.007, unit: 'mg/kg' } })).toBe(true)
    expect(ev({ id: 'drug', routes: ['iv'] })).toBe(false)
    expect(ev({ id: 'drug', count: 2, withinLastS: 30 })).toBe(false)
    expect(ev({ id: 'drug', sinceStateEntry: true })).toBe(true)
    expect(ev({ id: 'drug', count: 2, sinceStateEntry: true })).toBe(false)
  })

  it('combines all/any/not, states, time, activities, pulse and vital thresholds', () => {
    const ctx = context([])
    const ev = (c: object) => evaluateCondition(c as never, ctx, 'c')
    expect(ev({ state: ['sick', 'better'], inStateS: 30, elapsedS: 60 })).toBe(true)
    expect(ev({ inStateS: 31 })).toBe(false)
    expect(ev({ active: 'oxygen', pulse: true })).toBe(true)
    expect(ev({ not: { active: 'cpr' } })).toBe(true)
    expect(ev({ vitals: { spo2: { above: 90, below: 94 } } })).toBe(true)
    expect(ev({ vitals: { spo2: { below: 91 } } })).toBe(false)
    expect(ev({ any: [{ state: 'arrest' }, { pulse: true }] })).toBe(true)
    expect(ev({ all: [{ state: 'arrest' }, { pulse: true }] })).toBe(false)
  })
})
