import { describe, expect, it } from 'vitest'
import type { Condition } from '../../src/scenario/schema/index.ts'
import { score } from '../../src/scoring/index.ts'
import { createLog, itemOf, scoringScene } from './fixture.ts'

const everyScene = (cond: Condition | null = { state: 'vf' }) =>
  scoringScene({
    adr: {
      class: 'recommended',
      points: 3,
      rule: { repeatedEvery: { action: { id: 'adrenaline' }, minS: 180, maxS: 300, ...(cond && { while: cond }) } },
    },
  })

const give = (log: ReturnType<typeof createLog>, atS: number) =>
  log.perform(atS, 'adrenaline', { amount: [1, 'mg'], route: 'io' })

describe('repeatedEvery', () => {
  it('is met when every gap is within minS–maxS and the condition ends before the next is due', () => {
    const log = createLog({ state: 'vf' })
    const seqs = [60, 260, 480].map((t) => give(log, t))
    log.state(600, 'rosc')
    log.end(900)
    const item = itemOf(score(everyScene(), log.events), 'adr')
    expect(item).toMatchObject({
      met: true,
      awarded: 3,
      decidedAtMs: 480_000,
      reason: 'performed 3 times, 200 s, 220 s apart',
    })
    expect(item.evidence).toEqual([
      { seq: seqs[0], atMs: 60_000, summary: 'Adrenaline 1 mg IO at 01:00' },
      { seq: seqs[1], atMs: 260_000, summary: 'Adrenaline 1 mg IO at 04:20' },
      { seq: seqs[2], atMs: 480_000, summary: 'Adrenaline 1 mg IO at 08:00' },
    ])
  })

  it('fails on a gap that is too short, decided by the early repeat', () => {
    const log = createLog({ state: 'vf' })
    const first = give(log, 60)
    const second = give(log, 160)
    log.state(400, 'rosc')
    log.end(500)
    const item = itemOf(score(everyScene(), log.events), 'adr')
    expect(item).toMatchObject({
      met: false,
      awarded: 0,
      decidedAtMs: 160_000,
      reason: 'repeated at 02:40, 100 s after 01:00: too soon',
    })
    expect(item.evidence.map((e) => e.seq)).toEqual([first, second])
  })

  it('fails on a gap that is too long', () => {
    const log = createLog({ state: 'vf' })
    give(log, 60)
    give(log, 400)
    log.state(500, 'rosc')
    log.end(600)
    expect(itemOf(score(everyScene(), log.events), 'adr')).toMatchObject({
      met: false,
      decidedAtMs: 400_000,
      reason: 'repeated at 06:40, 340 s after 01:00: too late',
    })
  })

  it('is overdue when the condition still holds maxS after the last match', () => {
    const log = createLog({ state: 'vf' })
    give(log, 60)
    const last = give(log, 260)
    log.end(600)
    const item = itemOf(score(everyScene(), log.events), 'adr')
    expect(item).toMatchObject({ met: false, decidedAtMs: null, reason: 'overdue: last at 04:20, none by 09:20' })
    expect(item.evidence.map((e) => e.seq)).toEqual([last])
  })

  it('is not overdue when the run ends before the next one is due', () => {
    const log = createLog({ state: 'vf' })
    give(log, 60)
    give(log, 260)
    log.end(540)
    expect(itemOf(score(everyScene(), log.events), 'adr').met).toBe(true)
  })

  it('reports the first failure and how many more there were', () => {
    const log = createLog({ state: 'vf' })
    give(log, 30)
    give(log, 60)
    give(log, 500)
    log.end(900)
    expect(itemOf(score(everyScene(), log.events), 'adr').reason).toBe(
      'repeated at 01:00, 30 s after 00:30: too soon (and 2 more)',
    )
  })

  it('fails with a single match when the condition held long enough for a repeat', () => {
    const log = createLog()
    log.state(30, 'vf')
    give(log, 90)
    log.end(420)
    expect(itemOf(score(everyScene(), log.events), 'adr')).toMatchObject({
      met: false,
      reason: 'overdue: last at 01:30, none by 06:30',
    })
  })

  it('fails with no match at all during a long enough span of the condition', () => {
    const log = createLog()
    log.state(30, 'vf')
    log.state(400, 'rosc')
    log.end(500)
    expect(itemOf(score(everyScene(), log.events), 'adr')).toMatchObject({
      met: false,
      decidedAtMs: null,
      evidence: [],
      reason: 'never performed while in state vf (00:30–06:40)',
    })
  })

  it('is not applicable (counts neither way) when the condition never held long enough, or never held', () => {
    const short = createLog()
    short.state(30, 'vf')
    short.state(200, 'rosc')
    short.end(900)
    const report = score(everyScene(), short.events)
    expect(itemOf(report, 'adr')).toMatchObject({
      met: true,
      applicable: false,
      awarded: 0,
      reason: 'not needed: "in state vf" never held for more than 300 s',
    })
    const applicablePoints = report.items
      .filter((i) => i.applicable && ['critical', 'recommended', 'neutral'].includes(i.class))
      .reduce((sum, i) => sum + i.points, 0)
    expect(report.max).toBe(applicablePoints)
    expect(report.items.find((i) => i.id === 'adr')?.applicable).toBe(false)

    const never = createLog()
    never.end(900)
    expect(itemOf(score(everyScene(), never.events), 'adr')).toMatchObject({
      met: true,
      applicable: false,
      awarded: 0,
      reason: 'not applicable: "in state vf" never held',
    })
  })

  it('ignores matches while the condition does not hold and gaps across separate spans', () => {
    const log = createLog({ state: 'vf' })
    give(log, 60)
    log.state(200, 'rosc')
    give(log, 230) // with a pulse: not part of the arrest algorithm
    log.state(400, 'vf')
    give(log, 450)
    log.end(700)
    expect(itemOf(score(everyScene(), log.events), 'adr')).toMatchObject({ met: true, decidedAtMs: 450_000 })

    log.events.pop()
    log.end(760)
    expect(itemOf(score(everyScene(), log.events), 'adr')).toMatchObject({
      met: false,
      reason: 'overdue: last at 07:30, none by 12:30',
    })
  })

  it('follows conditions on ongoing activities between events', () => {
    const log = createLog({ state: 'vf' })
    log.perform(10, 'cpr-start')
    log.activity(10, 'cpr', true)
    give(log, 60)
    log.perform(120, 'cpr-stop')
    log.activity(120, 'cpr', false)
    log.end(900)
    expect(itemOf(score(everyScene({ active: 'cpr' }), log.events), 'adr').met).toBe(true)
    expect(itemOf(score(everyScene({ state: 'vf' }), log.events), 'adr').met).toBe(false)
  })

  it('applies to the whole run without `while`', () => {
    const log = createLog()
    give(log, 100)
    give(log, 300)
    log.end(700)
    expect(itemOf(score(everyScene(null), log.events), 'adr')).toMatchObject({
      met: false,
      reason: 'overdue: last at 05:00, none by 10:00',
    })
  })
})
