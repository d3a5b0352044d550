import { describe, expect, it } from 'vitest'
import { score } from '../../src/scoring/index.ts'
import { createLog, itemOf, scoringScene } from './fixture.ts'

const naloxoneScene = scoringScene({
  rosc: { class: 'critical', points: 10, rule: { performed: { action: { id: 'defib-shock' } } } },
  'no-naloxone': {
    class: 'harmful',
    severity: 'critical',
    points: 5,
    rule: { avoided: { action: { id: 'naloxone' }, while: { pulse: false, not: { active: 'cpr' } } } },
  },
})

describe('avoided', () => {
  it('is triggered by naloxone while pulseless without CPR running, judged at the time of the action', () => {
    const log = createLog()
    log.state(60, 'vf')
    log.perform(80, 'defib-shock', { amount: [200, 'J'] })
    const nalox = log.perform(90, 'naloxone', { amount: [0.4, 'mg'], route: 'iv' })
    // CPR started afterwards does not excuse it.
    log.perform(100, 'cpr-start')
    log.activity(100, 'cpr', true)
    const report = score(naloxoneScene, log.events)
    const item = itemOf(report, 'no-naloxone')
    expect(item).toMatchObject({
      met: false,
      awarded: -5,
      decidedAtMs: 90_000,
      reason: 'Naloxone 0.4 mg IV at 01:30 while the patient had no pulse and cpr was not active',
    })
    expect(item.evidence).toEqual([{ seq: nalox, atMs: 90_000, summary: 'Naloxone 0.4 mg IV at 01:30' }])
    expect(report.criticalHarm).toEqual(['no-naloxone'])
    expect(report.pass).toBe(false)
  })

  it('is not triggered by naloxone while CPR is running, even if CPR stops later', () => {
    const log = createLog()
    log.state(60, 'vf')
    log.perform(70, 'cpr-start')
    log.activity(70, 'cpr', true)
    log.perform(80, 'defib-shock', { amount: [200, 'J'] })
    log.perform(90, 'naloxone', { amount: [0.4, 'mg'], route: 'iv' })
    log.perform(120, 'cpr-stop')
    log.activity(120, 'cpr', false)
    const report = score(naloxoneScene, log.events)
    expect(itemOf(report, 'no-naloxone')).toMatchObject({
      met: true,
      awarded: 0,
      decidedAtMs: null,
      evidence: [],
      reason: 'performed once, never while the patient had no pulse and cpr was not active',
    })
    expect(report.criticalHarm).toEqual([])
    expect(report.pass).toBe(true)
  })

  it('is not triggered by naloxone given while the patient still had a pulse', () => {
    const log = createLog()
    log.perform(30, 'naloxone', { amount: [400, 'mcg'], route: 'im' })
    log.state(60, 'vf')
    expect(itemOf(score(naloxoneScene, log.events), 'no-naloxone').met).toBe(true)
  })

  it('without `while`, any matching action triggers it; unnecessary items cost points too', () => {
    const scene = scoringScene({
      'no-amio': { class: 'unnecessary', points: 2, rule: { avoided: { action: { id: 'amiodarone' } } } },
    })
    const clean = createLog()
    clean.perform(30, 'cpr-start')
    expect(itemOf(score(scene, clean.events), 'no-amio')).toMatchObject({
      met: true,
      awarded: 0,
      reason: 'never performed',
    })

    const log = createLog()
    log.perform(120, 'amiodarone', { amount: [300, 'mg'], route: 'iv' })
    const report = score(scene, log.events)
    expect(itemOf(report, 'no-amio')).toMatchObject({
      met: false,
      awarded: -2,
      reason: 'Amiodarone 300 mg IV at 02:00',
    })
    expect(report.penalties).toBe(2)
  })

  it('with a count, triggers only on the count-th match', () => {
    const scene = scoringScene({
      'max-3': {
        class: 'harmful',
        severity: 'minor',
        points: 1,
        rule: { avoided: { action: { id: 'defib-shock', count: 4 } } },
      },
    })
    const log = createLog({ state: 'vf' })
    ;[60, 180, 300].forEach((t) => log.perform(t, 'defib-shock', { amount: [200, 'J'] }))
    expect(itemOf(score(scene, log.events), 'max-3')).toMatchObject({
      met: true,
      reason: 'performed only 3 times, fewer than 4',
    })
    log.perform(420, 'defib-shock', { amount: [200, 'J'] })
    const item = itemOf(score(scene, log.events), 'max-3')
    expect(item).toMatchObject({ met: false, decidedAtMs: 420_000, reason: '4th time: Shock 200 J at 07:00' })
    expect(item.evidence).toHaveLength(4)
  })

  it('resolves a seeded range in `while` with the value drawn for its document path', () => {
    const scene = scoringScene({
      'late-adr': {
        class: 'harmful',
        points: 1,
        rule: { avoided: { action: { id: 'adrenaline' }, while: { elapsedS: [100, 200] } } },
      },
    })
    const path = 'rubric.items.late-adr.rule.avoided.while.elapsedS'
    const run = (drawnS: number) => {
      const log = createLog({ drawn: { [path]: drawnS } })
      log.perform(150, 'adrenaline', { amount: [0.5, 'mg'], route: 'im' })
      return itemOf(score(scene, log.events), 'late-adr').met
    }
    expect(run(180)).toBe(true)
    expect(run(120)).toBe(false)
  })

  it('counts only the actions before the one judged for an action condition', () => {
    // "No second adrenaline within 120 s of the previous one."
    const scene = scoringScene({
      stacked: {
        class: 'harmful',
        points: 1,
        rule: { avoided: { action: { id: 'adrenaline' }, while: { action: { id: 'adrenaline', withinLastS: 120 } } } },
      },
    })
    const spaced = createLog()
    spaced.perform(60, 'adrenaline', { amount: [1, 'mg'], route: 'iv' })
    spaced.perform(240, 'adrenaline', { amount: [1, 'mg'], route: 'iv' })
    expect(itemOf(score(scene, spaced.events), 'stacked').met).toBe(true)

    const stacked = createLog()
    stacked.perform(60, 'adrenaline', { amount: [1, 'mg'], route: 'iv' })
    stacked.perform(100, 'adrenaline', { amount: [1, 'mg'], route: 'iv' })
    expect(itemOf(score(scene, stacked.events), 'stacked')).toMatchObject({
      met: false,
      decidedAtMs: 100_000,
      reason: 'Adrenaline 1 mg IV at 01:40 while Adrenaline (adrenaline) had been performed in the last 120 s',
    })
  })
})
