import type { Activity, Statement } from '@xapi/xapi'
import { describe, expect, it } from 'vitest'
import { createEngine, replay } from '../../../src/engine/index.ts'
import type { EventOf, SimEvent } from '../../../src/engine/types.ts'
import { givesStatement, statementsForEvent, type StatementContext } from '../../../src/xapi/statements/index.ts'
import {
  ACTIVITY_TYPES,
  CMI5,
  CONTEXT_EXTENSIONS,
  DEFAULT_ACTIVITY_BASE_IRI,
  RESULT_EXTENSIONS,
  RESUS_PROFILE_VERSION_IRI,
  VERBS,
} from '../../../src/xapi/vocabulary.ts'
import { loadScene } from '../../scenes/load-scenes.ts'
import {
  anaphylaxis,
  cmi5Context,
  expertRun,
  expertSession,
  idSource,
  LEARNER,
  LMS_ACTIVITY_ID,
  standaloneContext,
  xapiWarnings,
} from './fixtures.ts'

const SCENARIO_ACTIVITY = `${DEFAULT_ACTIVITY_BASE_IRI}/scenarios/anaphylaxis-adult`
const ext = (s: Statement | null, key: string) => s?.context?.extensions?.[key]
const resultExt = (s: Statement | null, key: string) => s?.result?.extensions?.[key]
const objectOf = (s: Statement | null) => s?.object as Activity

function only<T extends SimEvent['type']>(events: readonly SimEvent[], type: T, pick: (e: EventOf<T>) => boolean) {
  const found = events.filter((e): e is EventOf<T> => e.type === type && pick(e as EventOf<T>))
  expect(found, `one ${type}`).toHaveLength(1)
  return found[0] as EventOf<T>
}

describe('statements from a real run (anaphylaxis, expert)', () => {
  const { events } = expertRun

  it.each([
    ['a cmi5 launch', cmi5Context()],
    ['stand-alone', standaloneContext()],
  ])('every statement of the session passes the LearningLocker validator with zero warnings (%s)', (_, ctx) => {
    const session = expertSession(ctx, 0.8)
    expect(session.length).toBeGreaterThan(10)
    for (const s of session) expect(xapiWarnings(s), JSON.stringify(s, null, 1)).toEqual([])
  })

  it('IM adrenaline 500 mcg: interacted, with dose, route, sim time, vitals and clinical state', () => {
    const event = only(events, 'action.performed', (e) => e.actionId === 'adrenaline')
    const ids = { id: '9f0c6e1a-3b2d-4c5e-8f7a-6b5c4d3e2f1a', timestamp: '2026-03-02T09:00:40.000Z' }
    const s = statementsForEvent(event, cmi5Context(), ids)

    expect(s).toMatchObject({ ...ids, actor: LEARNER, verb: VERBS.interacted })
    expect(objectOf(s)).toEqual({
      objectType: 'Activity',
      id: `${SCENARIO_ACTIVITY}/actions/adrenaline`,
      definition: {
        type: ACTIVITY_TYPES.drugAdministration,
        name: { en: anaphylaxis.actions['adrenaline']?.label },
        extensions: { 'https://w3id.org/xapi/resus/extensions/action-category': 'drugs' },
      },
    })
    expect(resultExt(s, RESULT_EXTENSIONS.amount)).toEqual({ value: 500, unit: 'mcg' })
    expect(resultExt(s, RESULT_EXTENSIONS.route)).toBe('im')
    expect(ext(s, CONTEXT_EXTENSIONS.simTime)).toBe(40_000)
    expect(ext(s, CONTEXT_EXTENSIONS.vitals)).toEqual(event.context.vitals)
    expect(Object.keys(ext(s, CONTEXT_EXTENSIONS.vitals) as object)).toEqual([
      'hr',
      'sbp',
      'dbp',
      'spo2',
      'rr',
      'etco2',
      'temp',
      'glucose',
      'gcs',
      'rhythm',
      'pulse',
      'avpu',
    ])
    expect(ext(s, CONTEXT_EXTENSIONS.clinicalState)).toEqual({
      id: event.context.stateId,
      label: anaphylaxis.states[event.context.stateId]?.label,
    })
    expect(s?.context?.contextActivities?.parent).toEqual([{ objectType: 'Activity', id: LMS_ACTIVITY_ID }])
    expect(s?.context?.contextActivities?.category?.map((a) => a.id)).toEqual([RESUS_PROFILE_VERSION_IRI])
    expect(s?.context?.revision).toBe(anaphylaxis.version)
    expect(ext(s, CONTEXT_EXTENSIONS.seed)).toBe(42)
    expect(ext(s, CONTEXT_EXTENSIONS.inputMode)).toBe('desktop')
    expect(ext(s, CONTEXT_EXTENSIONS.scenario)).toMatchObject({ id: 'anaphylaxis-adult', version: anaphylaxis.version })
  })

  it('an action without amount or route has no result', () => {
    const event = only(events, 'action.performed', (e) => e.actionId === 'call-for-help')
    const s = statementsForEvent(event, cmi5Context(), idSource()())
    expect(s?.result).toBeUndefined()
    expect(objectOf(s).definition?.type).toBe(ACTIVITY_TYPES.clinicalCommunication)
  })

  it('a clinical state change: arrived at the new state, the old one in context, the causing action in `other`', () => {
    const changes = events.filter((e): e is EventOf<'state.changed'> => e.type === 'state.changed')
    expect(changes.length).toBeGreaterThan(0)
    for (const event of changes) {
      const s = statementsForEvent(event, cmi5Context(), idSource()())
      expect(s?.verb).toEqual(VERBS.arrived)
      expect(objectOf(s)).toEqual({
        objectType: 'Activity',
        id: `${SCENARIO_ACTIVITY}/states/${event.to}`,
        definition: { type: ACTIVITY_TYPES.clinicalState, name: { en: anaphylaxis.states[event.to]?.label } },
      })
      expect(ext(s, CONTEXT_EXTENSIONS.clinicalState)).toMatchObject({ id: event.from })
      expect(ext(s, CONTEXT_EXTENSIONS.vitals)).toEqual(event.vitals)
      expect(ext(s, CONTEXT_EXTENSIONS.simTime)).toBe(event.atMs)
      const other = s?.context?.contextActivities?.other
      if (event.cause.kind === 'action')
        expect(other?.map((a) => a.id)).toEqual([`${SCENARIO_ACTIVITY}/actions/${event.cause.actionId}`])
      else expect(other).toBeUndefined()
    }
  })

  it('the end of the run: arrived at the outcome, result.success = clinical success', () => {
    const event = only(events, 'sim.ended', () => true)
    const s = statementsForEvent(event, cmi5Context(), idSource()())
    expect(s?.verb).toEqual(VERBS.arrived)
    expect(objectOf(s).id).toBe(`${SCENARIO_ACTIVITY}/outcomes/stabilised`)
    expect(objectOf(s).definition?.type).toBe(ACTIVITY_TYPES.clinicalOutcome)
    expect(s?.result).toEqual({ success: true })
  })

  it('a revealed finding: experienced, with the text shown', () => {
    const event = events.find((e): e is EventOf<'finding.revealed'> => e.type === 'finding.revealed')
    if (!event) throw new Error('no finding revealed')
    const s = statementsForEvent(event, cmi5Context(), idSource()())
    expect(s?.verb).toEqual(VERBS.experienced)
    expect(objectOf(s).id).toBe(`${SCENARIO_ACTIVITY}/findings/${event.key}`)
    expect(resultExt(s, RESULT_EXTENSIONS.findingText)).toBe(event.text)
  })

  it('gives a statement exactly for the events givesStatement names, and none for engine bookkeeping', () => {
    const next = idSource()
    for (const event of events)
      expect(statementsForEvent(event, cmi5Context(), next()) !== null).toBe(givesStatement(event))
    const bookkeeping = events.filter((e) =>
      ['sim.started', 'transition.scheduled', 'effect.started', 'monitor.shown', 'vital.measured'].includes(e.type),
    )
    expect(bookkeeping.length).toBeGreaterThan(0)
    for (const event of bookkeeping) expect(statementsForEvent(event, cmi5Context(), next())).toBeNull()
  })

  it('is pure: same input, same statement; the context and its template are not touched', () => {
    const ctx = deepFreeze(structuredClone(cmi5Context()))
    const ids = idSource()()
    for (const event of events) expect(statementsForEvent(event, ctx, ids)).toEqual(statementsForEvent(event, ctx, ids))
  })
})

describe('refused actions', () => {
  const fluid = {
    type: 'action.perform',
    actionId: 'fluid-bolus',
    amount: { value: 500, unit: 'mL' },
    route: 'iv',
  } as const
  const { events } = replay(anaphylaxis, 1, [{ atMs: 5_000, command: fluid }], { untilMs: 6_000 })

  it('attempted, success false, with the reason and what was entered', () => {
    const event = only(events, 'action.refused', () => true)
    const s = statementsForEvent(event, cmi5Context(), idSource()())
    expect(s?.verb).toEqual(VERBS.attempted)
    expect(objectOf(s).id).toBe(`${SCENARIO_ACTIVITY}/actions/fluid-bolus`)
    expect(s?.result?.success).toBe(false)
    expect(resultExt(s, RESULT_EXTENSIONS.refusalReason)).toBe(event.reason)
    expect(resultExt(s, RESULT_EXTENSIONS.amount)).toEqual({ value: 500, unit: 'mL' })
    expect(resultExt(s, RESULT_EXTENSIONS.route)).toBe('iv')
    expect(ext(s, CONTEXT_EXTENSIONS.simTime)).toBe(5_000)
    expect(xapiWarnings(s)).toEqual([])
  })

  it('an action the scene does not have becomes a bare activity', () => {
    const event: SimEvent = {
      seq: 9,
      atMs: 1_000,
      type: 'action.refused',
      actionId: 'Bad id/42',
      reason: 'no such action',
    }
    const s = statementsForEvent(event, cmi5Context(), idSource()())
    expect(objectOf(s)).toEqual({ objectType: 'Activity', id: `${SCENARIO_ACTIVITY}/actions/Bad%20id%2F42` })
    expect(xapiWarnings(s)).toEqual([])
  })
})

describe('CPR quality (headset)', () => {
  const vf = loadScene('vf-arrest-adult.yaml')
  const engine = createEngine(vf, { seed: 7, maxAdvanceMs: Infinity })
  engine.advance(2_000)
  engine.dispatch({ type: 'action.perform', actionId: 'cpr-start', quality: 0.7 })
  engine.advance(3_000)
  engine.dispatch({ type: 'cpr.quality', quality: 0.92 })
  const ctx: StatementContext = { ...cmi5Context({ scenario: vf, inputMode: 'headset' }) }

  it('updated CPR: its starting quality, then every new measurement', () => {
    const next = idSource()
    const statements = engine
      .getEvents()
      .filter((e) => e.type === 'activity.started' || e.type === 'cpr.quality-changed')
      .map((e) => statementsForEvent(e, ctx, next()))
    expect(statements.map((s) => resultExt(s, RESULT_EXTENSIONS.cprQuality))).toEqual([0.7, 0.92])
    for (const s of statements) {
      expect(s?.verb).toEqual(VERBS.updated)
      expect(objectOf(s)).toMatchObject({
        id: `${DEFAULT_ACTIVITY_BASE_IRI}/scenarios/vf-arrest-adult/ongoing/cpr`,
        definition: { type: ACTIVITY_TYPES.ongoingIntervention },
      })
      expect(ext(s, CONTEXT_EXTENSIONS.inputMode)).toBe('headset')
      expect(xapiWarnings(s)).toEqual([])
    }
    expect(statements.map((s) => ext(s, CONTEXT_EXTENSIONS.simTime))).toEqual([2_000, 5_000])
  })

  it('carries the measured metrics as a result extension; desktop CPR has none', () => {
    const metrics = {
      ratePerMin: 108,
      depthMm: 52,
      recoilFraction: 0.9,
      longestPauseS: 4,
      compressionFraction: 0.95,
      compressions: 17,
      windowS: 10,
    }
    const measured: SimEvent = { seq: 9, atMs: 8_000, type: 'cpr.quality-changed', quality: 0.88, metrics }
    const s = statementsForEvent(measured, ctx, idSource()())
    expect(resultExt(s, RESULT_EXTENSIONS.cprQuality)).toBe(0.88)
    expect(resultExt(s, RESULT_EXTENSIONS.cprMetrics)).toEqual(metrics)
    expect(xapiWarnings(s)).toEqual([])
    const desktop = engine.getEvents().find((e) => e.type === 'activity.started')
    expect(desktop && resultExt(statementsForEvent(desktop, ctx, idSource()()), RESULT_EXTENSIONS.cprMetrics)).toBe(
      undefined,
    )
  })

  it('oxygen and other ongoing care without a quality give no extra statement', () => {
    const started: SimEvent = {
      seq: 1,
      atMs: 0,
      type: 'activity.started',
      activity: 'oxygen',
      actionId: 'oxygen-start',
    }
    expect(givesStatement(started)).toBe(false)
    expect(statementsForEvent(started, ctx, idSource()())).toBeNull()
  })
})

describe('allowed statements', () => {
  it('never carry the cmi5 or moveon category, always the session id and registration', () => {
    const session = expertSession(cmi5Context())
    for (const s of session.slice(1, -3)) {
      const categories = s.context?.contextActivities?.category?.map((a) => a.id)
      expect(categories).not.toContain(CMI5.categoryActivityId)
      expect(categories).not.toContain(CMI5.moveOnActivityId)
      expect(s.context?.registration).toBe(cmi5Context().registration)
      expect(ext(s, CMI5.sessionIdExtension)).toBe(cmi5Context().sessionId)
    }
  })
})

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const v of Object.values(value)) deepFreeze(v)
    Object.freeze(value)
  }
  return value
}
