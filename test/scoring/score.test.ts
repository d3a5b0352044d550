import { describe, expect, it } from 'vitest'
import { score } from '../../src/scoring/index.ts'
import { createLog, itemOf, scoringScene } from './fixture.ts'

/** ALS-like rubric: two critical items, a recommended one, a harmful one of chosen severity. */
const alsScene = ({
  masteryScore = 0.7,
  harmSeverity = 'major' as const as 'critical' | 'major' | 'minor',
  harmPoints = 3,
} = {}) =>
  scoringScene(
    {
      'early-shock': {
        class: 'critical',
        points: 10,
        rule: { performedWithin: { action: { id: 'defib-shock' }, withinS: 120, from: { state: 'vf' } } },
        ref: 'erc-als',
        feedback: 'Shock a shockable rhythm without delay.',
      },
      cpr: { class: 'critical', points: 6, rule: { performed: { action: { id: 'cpr-start' } } } },
      access: {
        class: 'recommended',
        points: 4,
        rule: { performed: { action: { id: 'iv-access' } } },
        ref: ['erc-als', 'rcuk-ana'],
      },
      'no-naloxone': {
        class: 'harmful',
        severity: harmSeverity,
        points: harmPoints,
        rule: { avoided: { action: { id: 'naloxone' }, while: { pulse: false, not: { active: 'cpr' } } } },
      },
    },
    { masteryScore },
  )

/** A run into VF at 60 s with CPR, a shock at 100 s and (optionally) IV access and naloxone without CPR. */
function run({ access = true, naloxone = false, shockAtS = 100 } = {}) {
  const log = createLog()
  log.state(60, 'vf')
  log.perform(65, 'cpr-start')
  log.activity(65, 'cpr', true)
  if (access) log.perform(80, 'iv-access')
  if (naloxone) {
    log.perform(85, 'cpr-stop')
    log.activity(85, 'cpr', false)
    log.perform(90, 'naloxone', { amount: [0.4, 'mg'], route: 'iv' })
  }
  log.perform(shockAtS, 'defib-shock', { amount: [200, 'J'] })
  log.state(shockAtS + 20, 'rosc')
  log.end(shockAtS + 20, { id: 'rosc', label: 'ROSC', success: true })
  return log.events
}

describe('score', () => {
  it('passes an expert run with full marks', () => {
    const report = score(alsScene(), run())
    expect(report).toMatchObject({
      scenarioId: 'scoring-fixture',
      earned: 20,
      penalties: 0,
      max: 20,
      scaled: 1,
      masteryScore: 0.7,
      criticalMissed: [],
      criticalHarm: [],
      pass: true,
      outcome: { id: 'rosc', label: 'ROSC', success: true, atMs: 120_000 },
      endedAtMs: 120_000,
    })
    expect(report.items.map((i) => i.id)).toEqual(['early-shock', 'cpr', 'access', 'no-naloxone'])
    expect(report.items.map((i) => i.awarded)).toEqual([10, 6, 4, 0])
    expect(Object.is(itemOf(report, 'no-naloxone').awarded, 0)).toBe(true)
  })

  it('fails on a missed critical item even when the scaled score reaches mastery', () => {
    const report = score(alsScene({ masteryScore: 0.5 }), run({ shockAtS: 300 }))
    expect(report).toMatchObject({ earned: 10, max: 20, scaled: 0.5, criticalMissed: ['early-shock'], pass: false })
  })

  it('fails on critical harm despite a high score', () => {
    const report = score(alsScene({ harmSeverity: 'critical', harmPoints: 1 }), run({ naloxone: true }))
    expect(report).toMatchObject({
      earned: 20,
      penalties: 1,
      scaled: 0.95,
      criticalMissed: [],
      criticalHarm: ['no-naloxone'],
      pass: false,
    })
  })

  it('subtracts penalties and fails below the mastery score', () => {
    const report = score(alsScene({ masteryScore: 0.7 }), run({ access: false, naloxone: true }))
    // (16 − 3) / 20
    expect(report).toMatchObject({
      earned: 16,
      penalties: 3,
      scaled: 0.65,
      criticalMissed: [],
      criticalHarm: [],
      pass: false,
    })
    expect(itemOf(report, 'no-naloxone')).toMatchObject({ awarded: -3, severity: 'major' })
  })

  it('passes with a non-critical miss when the score still reaches mastery', () => {
    const report = score(alsScene({ masteryScore: 0.7 }), run({ access: false }))
    expect(report).toMatchObject({ scaled: 0.8, pass: true })
  })

  it('rounds the scaled score to 4 decimals and clamps it at 0', () => {
    const thirds = scoringScene({
      a: { class: 'recommended', points: 1, rule: { performed: { action: { id: 'cpr-start' } } } },
      b: { class: 'neutral', points: 2, rule: { performed: { action: { id: 'iv-access' } } } },
      harm: { class: 'harmful', points: 5, rule: { avoided: { action: { id: 'amiodarone' } } } },
    })
    const log = createLog()
    log.perform(10, 'cpr-start')
    expect(score(thirds, log.events).scaled).toBe(0.3333)
    log.perform(20, 'amiodarone', { amount: [300, 'mg'], route: 'iv' })
    expect(score(thirds, log.events)).toMatchObject({ earned: 1, penalties: 5, max: 3, scaled: 0 })
  })

  it('scores 1 with no positive items unless something was penalised', () => {
    const harmOnly = scoringScene(
      { harm: { class: 'unnecessary', points: 2, rule: { avoided: { action: { id: 'amiodarone' } } } } },
      { masteryScore: 1 },
    )
    const clean = createLog()
    expect(score(harmOnly, clean.events)).toMatchObject({ max: 0, scaled: 1, pass: true })
    clean.perform(20, 'amiodarone', { amount: [300, 'mg'], route: 'iv' })
    expect(score(harmOnly, clean.events)).toMatchObject({ max: 0, penalties: 2, scaled: 0, pass: false })
  })

  it('resolves references and carries labels, feedback and severity', () => {
    const report = score(alsScene(), run())
    expect(itemOf(report, 'early-shock')).toMatchObject({
      label: 'early-shock',
      class: 'critical',
      points: 10,
      feedback: 'Shock a shockable rhythm without delay.',
      ref: [{ id: 'erc-als', title: 'ERC 2021 Adult ALS', url: 'https://example.org/als', edition: 'ERC2021' }],
    })
    expect(itemOf(report, 'access').ref.map((r) => r.edition)).toEqual(['ERC2021', 'RCUK2021'])
    expect(itemOf(report, 'cpr').ref).toEqual([])
    expect('severity' in itemOf(report, 'cpr')).toBe(false)
    expect('feedback' in itemOf(report, 'cpr')).toBe(false)
  })

  it('without sim.ended, has no outcome and ends at the last event', () => {
    const log = createLog()
    log.perform(42.5, 'cpr-start')
    expect(score(alsScene(), log.events)).toMatchObject({ outcome: null, endedAtMs: 42_500 })
  })

  it('does not depend on the order the events are handed in', () => {
    const events = run({ naloxone: true })
    expect(score(alsScene(), [...events].reverse())).toEqual(score(alsScene(), events))
  })
})
