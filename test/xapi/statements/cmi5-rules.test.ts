import type { Activity, Statement } from '@xapi/xapi'
import { describe, expect, it } from 'vitest'
import {
  buildFailed,
  buildInitialized,
  buildTerminated,
  checkCmi5Session,
  CMI5_RULES,
  givesStatement,
  statementsForEvent,
  type Cmi5Rule,
  type Cmi5SessionOptions,
} from '../../../src/xapi/statements/index.ts'
import { CMI5, VERBS } from '../../../src/xapi/vocabulary.ts'
import {
  cmi5Context,
  CONTEXT_TEMPLATE,
  expertRun,
  expertSession,
  idSource,
  LMS_ACTIVITY_ID,
  REGISTRATION,
  reportScoring,
  SESSION_ID,
  standaloneContext,
} from './fixtures.ts'

const MASTERY = 0.8
const OPTIONS: Cmi5SessionOptions = {
  auActivityId: LMS_ACTIVITY_ID,
  registration: REGISTRATION,
  sessionId: SESSION_ID,
  launchMode: 'Normal',
  masteryScore: MASTERY,
  contextTemplate: CONTEXT_TEMPLATE,
}

const good = () => structuredClone(expertSession(cmi5Context(), MASTERY))
const rulesOf = (violations: string[]) => [...new Set(violations.map((v) => /^\[([a-z0-9-]+)\]/.exec(v)?.[1]))]
const check = (session: Statement[], options: Partial<Cmi5SessionOptions> = {}) =>
  checkCmi5Session(session, { ...OPTIONS, ...options })

const byVerb = (session: Statement[], verb: string) => {
  const found = session.find((s) => s.verb.id === verb)
  if (!found) throw new Error(`no ${verb}`)
  return found
}
const categoryOf = (s: Statement) => {
  const ca = (s.context ??= {}).contextActivities ?? (s.context.contextActivities = {})
  return (ca.category ??= [])
}
const removeCategory = (s: Statement, id: string) => {
  const list = categoryOf(s)
  list.splice(
    list.findIndex((a: Activity) => a.id === id),
    1,
  )
}
const interacted = (session: Statement[]) => byVerb(session, VERBS.interacted.id)
const tsOf = (s: Statement | undefined) => s?.timestamp ?? ''
const idOf = (s: Statement | undefined) => s?.id ?? ''

/** Asserts the violations are exactly of the given rules (at least one each). */
function expectRules(violations: string[], ...rules: Cmi5Rule[]) {
  expect(rulesOf(violations).sort(), violations.join('\n')).toEqual([...rules].sort())
}

describe('checkCmi5Session on real sessions', () => {
  it('finds nothing wrong in a full cmi5 session of the expert run', () => {
    const session = good()
    expect(session[0]?.verb.id).toBe(VERBS.initialized.id)
    expect(session.at(-3)?.verb.id).toBe(VERBS.completed.id)
    expect(session.at(-2)?.verb.id).toBe(VERBS.passed.id)
    expect(session.at(-1)?.verb.id).toBe(VERBS.terminated.id)
    expect(check(session)).toEqual([])
  })

  it('finds nothing wrong in a stand-alone session (the scenario activity as AU, no template)', () => {
    const ctx = standaloneContext()
    const session = expertSession(ctx)
    expect(
      checkCmi5Session(session, { auActivityId: ctx.auActivityId, registration: REGISTRATION, sessionId: SESSION_ID }),
    ).toEqual([])
  })

  it('finds nothing wrong in a Browse session with only initialized, events and terminated', () => {
    const ctx = cmi5Context()
    const next = idSource()
    const events = expertRun.events.filter(givesStatement).slice(0, 5)
    const session = [
      buildInitialized(ctx, next()),
      ...events.map((e) => statementsForEvent(e, ctx, next(e.atMs)) as Statement),
      buildTerminated(ctx, next(600_000), { durationMs: 600_000 }),
    ]
    expect(check(session, { launchMode: 'Browse' })).toEqual([])
  })
})

describe('checkCmi5Session finds each violation', () => {
  it(`${CMI5_RULES.statementId}: ids are UUIDs, once each`, () => {
    const session = good()
    interacted(session).id = 'not-a-uuid'
    expectRules(check(session), 'statement-id')
    const dup = good()
    ;(dup[2] as Statement).id = idOf(dup[1])
    expectRules(check(dup), 'statement-id')
  })

  it(`${CMI5_RULES.timestamp}: timestamps are UTC`, () => {
    const session = good()
    const s = interacted(session)
    s.timestamp = tsOf(s)
      .replace(/\.\d+Z$/, '.000+01:00')
      .replace(/T09/, 'T10')
    expectRules(check(session), 'timestamp')
    delete interacted(session).timestamp
    expectRules(check(session), 'timestamp')
  })

  it(`${CMI5_RULES.order}: statements in timestamp order`, () => {
    const session = good()
    const [a, b] = [session[3] as Statement, session[4] as Statement]
    ;[a.timestamp, b.timestamp] = [tsOf(b), tsOf(a)]
    expectRules(check(session), 'timestamp-order')
  })

  it(`${CMI5_RULES.registration}: the launch registration on every statement`, () => {
    const session = good()
    ;(interacted(session).context ??= {}).registration = '00000000-0000-4000-8000-00000000dead'
    expectRules(check(session), 'registration')
  })

  it(`${CMI5_RULES.sessionId}: the session id on every statement`, () => {
    const session = good()
    delete interacted(session).context?.extensions?.[CMI5.sessionIdExtension]
    // The session id comes in the contextTemplate, so the template check sees it missing too.
    expectRules(check(session), 'session-id', 'context-template')
    const { contextTemplate: _none, ...withoutTemplate } = OPTIONS
    expectRules(checkCmi5Session(session, withoutTemplate), 'session-id')
  })

  it(`${CMI5_RULES.contextTemplate}: the template's values on every statement`, () => {
    const session = good()
    const terminated = byVerb(session, VERBS.terminated.id)
    const ca = terminated.context?.contextActivities
    if (ca?.grouping)
      ca.grouping = ca.grouping.filter((a) => a.id !== CONTEXT_TEMPLATE.contextActivities?.grouping?.[0]?.id)
    expectRules(check(session), 'context-template')
  })

  it(`${CMI5_RULES.firstInitialized}: initialized first`, () => {
    expectRules(check(good().slice(1)), 'first-initialized')
    const late = good()
    const [initialized, action] = [late[0] as Statement, late[1] as Statement]
    late.splice(0, 2, action, initialized)
    action.timestamp = tsOf(initialized)
    expectRules(check(late), 'first-initialized')
  })

  it(`${CMI5_RULES.lastTerminated}: terminated last`, () => {
    expectRules(check(good().slice(0, -1)), 'last-terminated')
    const after = good()
    const extra = structuredClone(interacted(after))
    extra.id = '00000000-0000-4000-8000-0000000fffff'
    extra.timestamp = '2026-03-02T11:00:00.000Z'
    after.push(extra)
    expectRules(check(after), 'last-terminated')
  })

  it(`${CMI5_RULES.duplicateVerb}: no defined verb twice in a session`, () => {
    const session = good()
    const completed = structuredClone(byVerb(session, VERBS.completed.id))
    completed.id = '00000000-0000-4000-8000-0000000fffff'
    completed.timestamp = tsOf(session.at(-2))
    session.splice(-1, 0, completed)
    expectRules(check(session), 'duplicate-verb')
  })

  it(`${CMI5_RULES.passedXorFailed}: not both passed and failed`, () => {
    const session = good()
    const failed = buildFailed(
      cmi5Context(),
      { id: '00000000-0000-4000-8000-0000000fffff', timestamp: session.at(-2)?.timestamp ?? '' },
      { durationMs: 1 },
    )
    session.splice(-1, 0, failed)
    expectRules(check(session), 'passed-xor-failed')
  })

  it(`${CMI5_RULES.registrationHistory}: once completed/passed in a registration, not again; no failed after passed`, () => {
    expectRules(check(good(), { registrationHistory: { completed: true } }), 'registration-history')
    expectRules(check(good(), { registrationHistory: { passed: true } }), 'registration-history')
    const failing = expertSession(cmi5Context(), MASTERY, reportScoring(0.5))
    expect(failing.at(-2)?.verb.id).toBe(VERBS.failed.id)
    expectRules(check(failing, { registrationHistory: { passed: true } }), 'registration-history')
  })

  it(`${CMI5_RULES.definedCategory}: the cmi5 category on exactly the defined statements`, () => {
    const session = good()
    categoryOf(interacted(session)).push({ id: CMI5.categoryActivityId })
    expectRules(check(session), 'cmi5-category')
    const missing = good()
    removeCategory(byVerb(missing, VERBS.completed.id), CMI5.categoryActivityId)
    // A completed without the cmi5 category is an allowed statement carrying moveon as well.
    expectRules(check(missing), 'cmi5-category', 'moveon-category')
  })

  it(`${CMI5_RULES.definedObject}: defined statements are about the launch activityId`, () => {
    const session = good()
    byVerb(session, VERBS.completed.id).object = { objectType: 'Activity', id: 'https://resus.local/other' }
    expectRules(check(session), 'defined-object')
  })

  it(`${CMI5_RULES.definedActor}: the actor of a defined statement is an Agent with an account`, () => {
    const session = good()
    byVerb(session, VERBS.terminated.id).actor = { objectType: 'Agent', mbox: 'mailto:learner@example.com' }
    expectRules(check(session), 'defined-actor')
  })

  it(`${CMI5_RULES.score}: score only on passed/failed, well formed`, () => {
    const onCompleted = good()
    const completed = byVerb(onCompleted, VERBS.completed.id)
    completed.result = { ...completed.result, score: { scaled: 0.9 } }
    expectRules(check(onCompleted), 'score')
    for (const score of [
      { scaled: 0.9, raw: 9 },
      { scaled: 1.5 },
      { scaled: 0.9, raw: 9.5, min: 0, max: 10 },
      { scaled: 0.9, raw: 11, min: 0, max: 10 },
    ]) {
      const session = good()
      const passed = byVerb(session, VERBS.passed.id)
      passed.result = { ...passed.result, score }
      expect(rulesOf(check(session)), JSON.stringify(score)).toContain('score')
    }
  })

  it(`${CMI5_RULES.success}: success true on passed, false on failed, nowhere else among defined`, () => {
    const wrong = good()
    const passed = byVerb(wrong, VERBS.passed.id)
    passed.result = { ...passed.result, success: false }
    expectRules(check(wrong), 'success')
    const extra = good()
    const completed = byVerb(extra, VERBS.completed.id)
    completed.result = { ...completed.result, success: true }
    expectRules(check(extra), 'success')
  })

  it(`${CMI5_RULES.completion}: completion true on completed only`, () => {
    const wrong = good()
    const completed = byVerb(wrong, VERBS.completed.id)
    completed.result = { ...completed.result, completion: false }
    expectRules(check(wrong), 'completion')
    const extra = good()
    const passed = byVerb(extra, VERBS.passed.id)
    passed.result = { ...passed.result, completion: true }
    expectRules(check(extra), 'completion')
  })

  it(`${CMI5_RULES.moveOn}: moveon exactly on completed/passed/failed`, () => {
    const missing = good()
    removeCategory(byVerb(missing, VERBS.passed.id), CMI5.moveOnActivityId)
    expectRules(check(missing), 'moveon-category')
    const extra = good()
    categoryOf(byVerb(extra, VERBS.terminated.id)).push({ id: CMI5.moveOnActivityId })
    expectRules(check(extra), 'moveon-category')
    const allowed = good()
    categoryOf(interacted(allowed)).push({ id: CMI5.moveOnActivityId })
    expectRules(check(allowed), 'moveon-category')
  })

  it(`${CMI5_RULES.duration}: duration on completed, passed, failed and terminated`, () => {
    for (const verb of [VERBS.completed.id, VERBS.passed.id, VERBS.terminated.id]) {
      const session = good()
      delete byVerb(session, verb).result?.duration
      expectRules(check(session), 'duration')
    }
    const malformed = good()
    byVerb(malformed, VERBS.terminated.id).result = { duration: '00:07:05' }
    expectRules(check(malformed), 'duration')
  })

  it(`${CMI5_RULES.launchMode}: Browse and Review allow only initialized and terminated`, () => {
    for (const launchMode of ['Browse', 'Review'] as const) expectRules(check(good(), { launchMode }), 'launch-mode')
  })

  it(`${CMI5_RULES.masteryScore}: passed ≥ masteryScore > failed, with the extension holding it`, () => {
    // A passed at 0.9 checked against a stricter LMS masteryScore than the one it was built with.
    const strict = check(expertSession(cmi5Context(), MASTERY, reportScoring(0.9)), { masteryScore: 0.95 })
    expectRules(strict, 'mastery-score')
    expect(strict.some((v) => v.includes('scaled 0.9 < 0.95'))).toBe(true)

    // A failed at 0.5 checked against a lower masteryScore.
    const failedHigh = check(expertSession(cmi5Context(), MASTERY, reportScoring(0.5)), { masteryScore: 0.4 })
    expectRules(failedHigh, 'mastery-score')
    expect(failedHigh.some((v) => v.includes('scaled 0.5 ≥ 0.4'))).toBe(true)

    const noExtension = good()
    delete byVerb(noExtension, VERBS.passed.id).context?.extensions?.[CMI5.masteryScoreExtension]
    expectRules(check(noExtension), 'mastery-score')
  })
})
