import { describe, expect, it } from 'vitest'
import type { AmountRange, Route } from '../../src/scenario/schema/index.ts'
import { score } from '../../src/scoring/index.ts'
import { createLog, itemOf, scoringScene } from './fixture.ts'

const doseScene = (amount: AmountRange, routes: Route[], weightKg = 80) =>
  scoringScene(
    { dose: { class: 'critical', points: 4, rule: { doseInRange: { action: { id: 'adrenaline', routes }, amount } } } },
    { weightKg },
  )

const imHalfMg = doseScene({ min: 0.45, max: 0.55, unit: 'mg' }, ['im'])

describe('doseInRange', () => {
  it('converts units: 500 mcg lies in 0.45–0.55 mg', () => {
    const log = createLog()
    const seq = log.perform(72, 'adrenaline', { amount: [500, 'mcg'], route: 'im' })
    const item = itemOf(score(imHalfMg, log.events), 'dose')
    expect(item).toMatchObject({
      met: true,
      awarded: 4,
      decidedAtMs: 72_000,
      reason: 'Adrenaline 500 mcg IM at 01:12 within range',
    })
    expect(item.evidence).toEqual([{ seq, atMs: 72_000, summary: 'Adrenaline 500 mcg IM at 01:12' }])
  })

  it('fails on any administration outside the window, decided by the first such one', () => {
    const log = createLog()
    const ok = log.perform(60, 'adrenaline', { amount: [0.5, 'mg'], route: 'im' })
    const bad = log.perform(180, 'adrenaline', { amount: [5, 'mg'], route: 'im' })
    log.perform(400, 'adrenaline', { amount: [0.5, 'mg'], route: 'im' })
    const item = itemOf(score(imHalfMg, log.events), 'dose')
    expect(item).toMatchObject({
      met: false,
      awarded: 0,
      decidedAtMs: 180_000,
      reason: 'Adrenaline 5 mg IM at 03:00 outside 0.45–0.55 mg (1 of 3 outside)',
    })
    expect(item.evidence.map((e) => e.seq)).toEqual([ok, bad, ok + 2])
  })

  it('shows the converted amount when the learner typed another unit', () => {
    const log = createLog()
    log.perform(60, 'adrenaline', { amount: [50, 'mcg'], route: 'im' })
    expect(itemOf(score(imHalfMg, log.events), 'dose').reason).toBe(
      'Adrenaline 50 mcg IM at 01:00 (= 0.05 mg) outside 0.45–0.55 mg',
    )
  })

  it('counts all passing administrations when met', () => {
    const log = createLog()
    log.perform(60, 'adrenaline', { amount: [0.5, 'mg'], route: 'im' })
    log.perform(360, 'adrenaline', { amount: [450, 'mcg'], route: 'im' })
    expect(itemOf(score(imHalfMg, log.events), 'dose')).toMatchObject({
      met: true,
      decidedAtMs: 60_000,
      reason: 'all 2 within range',
    })
  })

  it('ignores administrations by other routes, and is not met when there is none', () => {
    const log = createLog()
    log.perform(60, 'adrenaline', { amount: [1, 'mg'], route: 'iv' })
    expect(itemOf(score(imHalfMg, log.events), 'dose')).toMatchObject({
      met: false,
      decidedAtMs: null,
      reason: 'never performed',
      evidence: [],
    })
  })

  it('refuses an amount that measures something else', () => {
    const log = createLog()
    log.perform(60, 'adrenaline', { amount: [5, 'mL'], route: 'im' })
    expect(itemOf(score(imHalfMg, log.events), 'dose').reason).toBe(
      'Adrenaline 5 mL IM at 01:00: 5 mL cannot be compared with 0.45–0.55 mg',
    )
  })

  describe('per-kg windows use the patient weight', () => {
    const perKg = { min: 0.01, max: 0.02, unit: 'mg/kg' } as const

    it('accepts 0.3 mg for 20 kg and 0.015 mg/kg typed per kg', () => {
      const log = createLog()
      log.perform(60, 'adrenaline', { amount: [0.3, 'mg'], route: 'iv' })
      log.perform(300, 'adrenaline', { amount: [0.015, 'mg/kg'], route: 'iv' })
      expect(itemOf(score(doseScene(perKg, ['iv'], 20), log.events), 'dose').met).toBe(true)
    })

    it('rejects the same 0.3 mg for an 80 kg patient', () => {
      const log = createLog()
      log.perform(60, 'adrenaline', { amount: [0.3, 'mg'], route: 'iv' })
      expect(itemOf(score(doseScene(perKg, ['iv'], 80), log.events), 'dose')).toMatchObject({
        met: false,
        reason: 'Adrenaline 0.3 mg IV at 01:00 (= 0.00375 mg/kg) outside 0.01–0.02 mg/kg (0.8–1.6 mg for 80 kg)',
      })
    })

    it('rejects an overdose, saying what it was per kg', () => {
      const log = createLog()
      log.perform(120, 'adrenaline', { amount: [1, 'mg'], route: 'iv' })
      expect(itemOf(score(doseScene(perKg, ['iv'], 20), log.events), 'dose').reason).toBe(
        'Adrenaline 1 mg IV at 02:00 (= 0.05 mg/kg) outside 0.01–0.02 mg/kg (0.2–0.4 mg for 20 kg)',
      )
    })
  })
})
