import { describe, expect, it } from 'vitest'
import type { ScoreReport } from '../../../src/scoring/types.ts'
import {
  buildCompleted,
  buildFailed,
  buildInitialized,
  buildPassed,
  buildTerminated,
  judgeOutcome,
  scoreOf,
  statementsForOutcome,
} from '../../../src/xapi/statements/index.ts'
import { CMI5, VERBS } from '../../../src/xapi/vocabulary.ts'
import { cmi5Context, expertRun, idSource, LMS_ACTIVITY_ID, standaloneContext, xapiWarnings } from './fixtures.ts'

const categories = (s: { context?: { contextActivities?: { category?: { id: string }[] } } }) =>
  s.context?.contextActivities?.category?.map((a) => a.id) ?? []

const report = (over: Partial<ScoreReport>): ScoreReport => ({ ...expertRun.report, ...over })

describe('cmi5 defined statements', () => {
  const ctx = cmi5Context()
  const ids = idSource()

  it('have the AU as object, the cmi5 category, and moveon exactly on completed/passed/failed', () => {
    const initialized = buildInitialized(ctx, ids())
    const completed = buildCompleted(ctx, ids(), { durationMs: 421_000 })
    const passed = buildPassed(ctx, ids(), { durationMs: 421_000, score: { scaled: 0.9, raw: 9, min: 0, max: 10 } })
    const failed = buildFailed(ctx, ids(), { durationMs: 421_000 })
    const terminated = buildTerminated(ctx, ids(), { durationMs: 425_250 })
    for (const s of [initialized, completed, passed, failed, terminated]) {
      expect(s.object).toEqual({ objectType: 'Activity', id: LMS_ACTIVITY_ID })
      expect(categories(s)).toContain(CMI5.categoryActivityId)
      expect(xapiWarnings(s)).toEqual([])
    }
    expect(
      [initialized, completed, passed, failed, terminated].map((s) => categories(s).includes(CMI5.moveOnActivityId)),
    ).toEqual([false, true, true, true, false])
    expect(initialized.verb).toEqual(VERBS.initialized)
    expect(initialized.result).toBeUndefined()
    expect(completed.result).toEqual({ completion: true, duration: 'PT7M1S' })
    expect(passed.result).toEqual({
      score: { scaled: 0.9, raw: 9, min: 0, max: 10 },
      success: true,
      duration: 'PT7M1S',
    })
    expect(failed.result).toEqual({ success: false, duration: 'PT7M1S' })
    expect(terminated.result).toEqual({ duration: 'PT7M5.25S' })
  })

  it('put the masteryscore extension in the context when the decision used it', () => {
    const passed = buildPassed(ctx, ids(), { durationMs: 1_000, score: { scaled: 0.9 }, masteryScore: 0.8 })
    expect(passed.context?.extensions?.[CMI5.masteryScoreExtension]).toBe(0.8)
    expect(
      buildPassed(ctx, ids(), { durationMs: 1_000 }).context?.extensions?.[CMI5.masteryScoreExtension],
    ).toBeUndefined()
  })

  it('describe the AU in stand-alone mode, where it is the scenario activity', () => {
    const s = buildInitialized(standaloneContext(), ids())
    expect(s.object).toMatchObject({
      id: 'https://resus.local/xapi/activities/scenarios/anaphylaxis-adult',
      definition: { type: 'http://adlnet.gov/expapi/activities/simulation' },
    })
  })
})

describe('score and judgement', () => {
  it('raw/min/max are integers consistent with scaled (raw = earned − penalties, clamped)', () => {
    const { report: r } = expertRun
    const score = scoreOf(r)
    expect(score.scaled).toBe(r.scaled)
    expect(score.min).toBe(0)
    expect(score.max).toBe(r.max)
    expect(Number.isInteger(score.raw)).toBe(true)
    expect(Math.abs((score.raw ?? NaN) / r.max - r.scaled)).toBeLessThan(5e-5)
    expect(scoreOf(report({ earned: 10, penalties: 30, max: 40, scaled: 0 }))).toEqual({
      scaled: 0,
      raw: 0,
      min: 0,
      max: 40,
    })
    expect(scoreOf(report({ earned: 50, penalties: 0, max: 40, scaled: 1 }))).toEqual({
      scaled: 1,
      raw: 40,
      min: 0,
      max: 40,
    })
  })

  it('leaves raw/min/max out when the points are fractional or nothing applied (cmi5 wants integers)', () => {
    expect(scoreOf(report({ earned: 7.5, penalties: 0, max: 10, scaled: 0.75 }))).toEqual({ scaled: 0.75 })
    expect(scoreOf(report({ earned: 0, penalties: 0, max: 0, scaled: 1 }))).toEqual({ scaled: 1 })
  })

  it('without an LMS masteryScore: the report decides, with the score', () => {
    expect(judgeOutcome(report({ pass: true, scaled: 0.5 }))).toEqual({ passed: true, score: expect.any(Object) })
    expect(judgeOutcome(report({ pass: false, scaled: 0.95 }))).toMatchObject({
      passed: false,
      score: { scaled: 0.95 },
    })
  })

  it('with an LMS masteryScore: it replaces the scene one, and the decision carries it', () => {
    const clean = { criticalMissed: [], criticalHarm: [] }
    expect(judgeOutcome(report({ ...clean, pass: true, scaled: 0.75 }), 0.8)).toMatchObject({
      passed: false,
      score: { scaled: 0.75 },
      masteryScore: 0.8,
    })
    expect(judgeOutcome(report({ ...clean, pass: false, scaled: 0.85 }), 0.8)).toMatchObject({
      passed: true,
      score: { scaled: 0.85 },
      masteryScore: 0.8,
    })
  })

  it('a critical failure with a score at or above the LMS masteryScore fails without a score (cmi5 §9.3.5)', () => {
    const j = judgeOutcome(report({ pass: false, scaled: 0.9, criticalHarm: ['no-iv-adrenaline-bolus'] }), 0.8)
    expect(j).toEqual({ passed: false })
  })
})

describe('statementsForOutcome', () => {
  const ctx = cmi5Context()

  it('gives completed then passed/failed, as the caller asks', () => {
    const ids = idSource()
    const both = statementsForOutcome(expertRun.report, ctx, [ids(), ids()], {
      durationMs: 420_000,
      masteryScore: 0.8,
      send: { completed: true, judgement: true },
    })
    expect(both.map((s) => s.verb.id)).toEqual([VERBS.completed.id, VERBS.passed.id])
    expect(both[1]?.result?.score).toEqual(scoreOf(expertRun.report))
    expect(both[1]?.context?.extensions?.[CMI5.masteryScoreExtension]).toBe(0.8)

    const judgementOnly = statementsForOutcome(expertRun.report, ctx, [ids()], {
      durationMs: 1,
      send: { completed: false, judgement: true },
    })
    expect(judgementOnly.map((s) => s.verb.id)).toEqual([VERBS.passed.id])
    const none = statementsForOutcome(expertRun.report, ctx, [], {
      durationMs: 1,
      send: { completed: false, judgement: false },
    })
    expect(none).toEqual([])
  })

  it('fails below the masteryScore and uses the ids in order', () => {
    const ids = idSource(100)
    const given = [ids(), ids()]
    const [completed, failed] = statementsForOutcome(report({ scaled: 0.9 }), ctx, given, {
      durationMs: 1,
      masteryScore: 0.95,
      send: { completed: true, judgement: true },
    })
    expect(failed?.verb).toEqual(VERBS.failed)
    expect([completed?.id, failed?.id]).toEqual(given.map((g) => g.id))
    expect([completed?.timestamp, failed?.timestamp]).toEqual(given.map((g) => g.timestamp))
  })

  it('needs one id per statement', () => {
    expect(() =>
      statementsForOutcome(expertRun.report, ctx, [idSource()()], {
        durationMs: 1,
        send: { completed: true, judgement: true },
      }),
    ).toThrow(RangeError)
  })
})
