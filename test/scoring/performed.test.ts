import { describe, expect, it } from 'vitest'
import { score } from '../../src/scoring/index.ts'
import { createLog, itemOf, scoringScene } from './fixture.ts'

const shockWithin = (from?: { state: string }, count?: number) =>
  scoringScene({
    shock: {
      class: 'critical',
      points: 10,
      rule: {
        performedWithin: {
          action: { id: 'defib-shock', ...(count && { count }) },
          withinS: 120,
          ...(from && { from }),
        },
      },
    },
  })

describe('performedWithin', () => {
  it('is met when the first match comes within withinS of the start, citing that event', () => {
    const log = createLog()
    const seq = log.perform(65, 'defib-shock', { amount: [150, 'J'] })
    const item = itemOf(score(shockWithin(), log.events), 'shock')
    expect(item).toMatchObject({
      met: true,
      awarded: 10,
      decidedAtMs: 65_000,
      reason: 'first at 01:05, 65 s after the start',
    })
    expect(item.evidence).toEqual([{ seq, atMs: 65_000, summary: 'Shock 150 J at 01:05' }])
  })

  it('is not met when the first match is late, saying by how much', () => {
    const log = createLog()
    const seq = log.perform(185, 'defib-shock', { amount: [150, 'J'] })
    log.perform(190, 'defib-shock', { amount: [150, 'J'] })
    const item = itemOf(score(shockWithin(), log.events), 'shock')
    expect(item).toMatchObject({ met: false, awarded: 0, decidedAtMs: 185_000, reason: 'first at 03:05, 65 s late' })
    expect(item.evidence.map((e) => e.seq)).toEqual([seq])
  })

  it('is not met, decided by absence, when never performed', () => {
    const log = createLog()
    log.perform(10, 'cpr-start')
    const item = itemOf(score(shockWithin(), log.events), 'shock')
    expect(item).toMatchObject({ met: false, awarded: 0, decidedAtMs: null, reason: 'never performed', evidence: [] })
  })

  it('starts the clock at the first entry into from.state and ignores earlier matches', () => {
    const log = createLog()
    log.perform(30, 'defib-shock', { amount: [150, 'J'] })
    const entered = log.state(60, 'vf')
    const shock = log.perform(200, 'defib-shock', { amount: [150, 'J'] })
    log.state(230, 'rosc')
    log.state(260, 'vf')
    const item = itemOf(score(shockWithin({ state: 'vf' }), log.events), 'shock')
    expect(item).toMatchObject({ met: false, decidedAtMs: 200_000, reason: 'first at 03:20, 20 s late' })
    expect(item.evidence).toEqual([
      { seq: entered, atMs: 60_000, summary: 'entered vf at 01:00' },
      { seq: shock, atMs: 200_000, summary: 'Shock 150 J at 03:20' },
    ])
  })

  it('is met when in time after entering from.state', () => {
    const log = createLog()
    log.state(60, 'vf')
    log.perform(150, 'defib-shock', { amount: [150, 'J'] })
    const item = itemOf(score(shockWithin({ state: 'vf' }), log.events), 'shock')
    expect(item).toMatchObject({ met: true, awarded: 10, reason: 'first at 02:30, 90 s after entering vf' })
  })

  it('treats a from.state that was never entered as not applicable: no points, left out of the maximum', () => {
    const log = createLog()
    log.end(300)
    const report = score(shockWithin({ state: 'vf' }), log.events)
    const item = itemOf(report, 'shock')
    expect(report.max).toBe(0)
    expect(item).toMatchObject({
      met: true,
      applicable: false,
      awarded: 0,
      decidedAtMs: null,
      reason: 'not applicable: state vf never entered',
    })
  })

  it('needs the count-th match within the window', () => {
    const log = createLog({ state: 'vf' })
    const seqs = [30, 80, 125].map((t) => log.perform(t, 'defib-shock', { amount: [200, 'J'] }))
    const late = itemOf(score(shockWithin(undefined, 3), log.events), 'shock')
    expect(late).toMatchObject({ met: false, decidedAtMs: 125_000, reason: '3rd at 02:05, 5 s late' })
    expect(late.evidence.map((e) => e.seq)).toEqual(seqs)

    const quick = createLog({ state: 'vf' })
    ;[30, 80, 110].forEach((t) => quick.perform(t, 'defib-shock', { amount: [200, 'J'] }))
    expect(itemOf(score(shockWithin(undefined, 3), quick.events), 'shock')).toMatchObject({
      met: true,
      reason: '3rd at 01:50, 110 s after the start',
    })
  })

  it('only counts matches by the named routes', () => {
    const scene = scoringScene({
      im: {
        class: 'critical',
        points: 5,
        rule: { performedWithin: { action: { id: 'adrenaline', routes: ['im'] }, withinS: 300 } },
      },
    })
    const log = createLog()
    log.perform(60, 'adrenaline', { amount: [1, 'mg'], route: 'iv' })
    log.perform(400, 'adrenaline', { amount: [0.5, 'mg'], route: 'im' })
    expect(itemOf(score(scene, log.events), 'im')).toMatchObject({ met: false, reason: 'first at 06:40, 100 s late' })
  })
})

describe('performed', () => {
  const scene = scoringScene({
    cpr: { class: 'recommended', points: 2, rule: { performed: { action: { id: 'cpr-start' } } } },
    shocks: { class: 'recommended', points: 3, rule: { performed: { action: { id: 'defib-shock', count: 2 } } } },
  })

  it('is met at the count-th match, whenever it happened', () => {
    const log = createLog()
    log.perform(20, 'defib-shock', { amount: [150, 'J'] })
    log.perform(140, 'defib-shock', { amount: [150, 'J'] })
    const cpr = log.perform(700, 'cpr-start')
    const report = score(scene, log.events)
    expect(itemOf(report, 'cpr')).toMatchObject({
      met: true,
      awarded: 2,
      decidedAtMs: 700_000,
      reason: 'performed at 11:40',
    })
    expect(itemOf(report, 'cpr').evidence).toEqual([{ seq: cpr, atMs: 700_000, summary: 'Start CPR at 11:40' }])
    expect(itemOf(report, 'shocks')).toMatchObject({
      met: true,
      awarded: 3,
      decidedAtMs: 140_000,
      reason: '2nd time at 02:20',
    })
  })

  it('is not met with too few matches', () => {
    const log = createLog()
    log.perform(20, 'defib-shock', { amount: [150, 'J'] })
    const report = score(scene, log.events)
    expect(itemOf(report, 'cpr')).toMatchObject({ met: false, awarded: 0, reason: 'never performed' })
    expect(itemOf(report, 'shocks')).toMatchObject({ met: false, awarded: 0, reason: 'performed only once of 2' })
  })
})
