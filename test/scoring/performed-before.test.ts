import { describe, expect, it } from 'vitest'
import { score } from '../../src/scoring/index.ts'
import { createLog, itemOf, scoringScene } from './fixture.ts'

const scene = scoringScene({
  access: {
    class: 'recommended',
    points: 2,
    rule: { performedBefore: { action: { id: 'iv-access' }, before: { id: 'adrenaline', routes: ['iv'] } } },
  },
  'adr-after-3': {
    class: 'recommended',
    points: 2,
    rule: { performedBefore: { action: { id: 'defib-shock', count: 3 }, before: { id: 'adrenaline' } } },
  },
})

describe('performedBefore', () => {
  it('is met when the action comes before the first `before` match, citing both', () => {
    const log = createLog()
    const iv = log.perform(30, 'iv-access')
    const adr = log.perform(60, 'adrenaline', { amount: [1, 'mg'], route: 'iv' })
    const item = itemOf(score(scene, log.events), 'access')
    expect(item).toMatchObject({
      met: true,
      awarded: 2,
      decidedAtMs: 30_000,
      reason: 'performed at 00:30, before Adrenaline (adrenaline) IV at 01:00',
    })
    expect(item.evidence.map((e) => e.seq)).toEqual([iv, adr])
  })

  it('is not met, decided by the `before` match, when the order is wrong', () => {
    const log = createLog()
    const adr = log.perform(30, 'adrenaline', { amount: [1, 'mg'], route: 'iv' })
    const iv = log.perform(60, 'iv-access')
    const item = itemOf(score(scene, log.events), 'access')
    expect(item).toMatchObject({
      met: false,
      awarded: 0,
      decidedAtMs: 30_000,
      reason: 'performed at 01:00, after Adrenaline (adrenaline) IV at 00:30',
    })
    expect(item.evidence).toEqual([
      { seq: adr, atMs: 30_000, summary: 'Adrenaline 1 mg IV at 00:30' },
      { seq: iv, atMs: 60_000, summary: 'IV access at 01:00' },
    ])
  })

  it('is not applicable when `before` never happens (no order to judge), and not met when only `before` happens', () => {
    const only = createLog()
    only.perform(30, 'iv-access')
    only.perform(40, 'adrenaline', { amount: [0.5, 'mg'], route: 'im' })
    expect(itemOf(score(scene, only.events), 'access')).toMatchObject({
      met: true,
      applicable: false,
      awarded: 0,
      reason: 'not applicable: Adrenaline (adrenaline) IV never performed (this one at 00:30)',
    })

    const none = createLog()
    none.perform(30, 'adrenaline', { amount: [1, 'mg'], route: 'io' })
    expect(itemOf(score(scene, none.events), 'access')).toMatchObject({
      met: true,
      applicable: false,
      reason: 'not applicable: Adrenaline (adrenaline) IV never performed',
    })

    const skipped = createLog()
    skipped.perform(30, 'adrenaline', { amount: [1, 'mg'], route: 'iv' })
    expect(itemOf(score(scene, skipped.events), 'access')).toMatchObject({
      met: false,
      applicable: true,
      decidedAtMs: 30_000,
    })
  })

  it('orders events logged at the same sim time by seq', () => {
    const log = createLog()
    log.perform(60, 'iv-access')
    log.perform(60, 'adrenaline', { amount: [1, 'mg'], route: 'iv' })
    expect(itemOf(score(scene, log.events), 'access').met).toBe(true)
  })

  it('uses the count-th match of the action (adrenaline only after the 3rd shock)', () => {
    const early = createLog({ state: 'vf' })
    early.perform(120, 'defib-shock', { amount: [200, 'J'] })
    early.perform(240, 'defib-shock', { amount: [200, 'J'] })
    early.perform(300, 'adrenaline', { amount: [1, 'mg'], route: 'io' })
    early.perform(360, 'defib-shock', { amount: [200, 'J'] })
    expect(itemOf(score(scene, early.events), 'adr-after-3')).toMatchObject({
      met: false,
      decidedAtMs: 300_000,
      reason: 'performed at 06:00, after Adrenaline (adrenaline) at 05:00',
    })

    const right = createLog({ state: 'vf' })
    ;[120, 240, 360].forEach((t) => right.perform(t, 'defib-shock', { amount: [200, 'J'] }))
    right.perform(390, 'adrenaline', { amount: [1, 'mg'], route: 'io' })
    expect(itemOf(score(scene, right.events), 'adr-after-3')).toMatchObject({ met: true, decidedAtMs: 360_000 })
  })
})
