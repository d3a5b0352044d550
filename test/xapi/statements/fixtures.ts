import validateStatement from '@learninglocker/xapi-validation'
import type { Agent, Context, Statement } from '@xapi/xapi'
import { replay } from '../../../src/engine/index.ts'
import type { SimEvent } from '../../../src/engine/types.ts'
import type { Scenario } from '../../../src/scenario/index.ts'
import { score } from '../../../src/scoring/index.ts'
import type { ScoreReport } from '../../../src/scoring/types.ts'
import {
  buildInitialized,
  buildTerminated,
  givesStatement,
  statementsForEvent,
  statementsForOutcome,
  type StatementContext,
  type StatementIds,
} from '../../../src/xapi/statements/index.ts'
import { DEFAULT_ACTIVITY_BASE_IRI, scenarioActivityId } from '../../../src/xapi/vocabulary.ts'
import { runs } from '../../scenes/anaphylaxis-adult.runs.ts'
import { loadScene } from '../../scenes/load-scenes.ts'

export const anaphylaxis: Scenario = loadScene('anaphylaxis-adult.yaml')
export const SEED = 42

const expert = runs.find((r) => r.expect.pass)
if (!expert) throw new Error('anaphylaxis has no expert run')

/** The anaphylaxis expert run (IM adrenaline 500 mcg at 40 s), replayed: its events and score report. */
export const expertRun: { events: readonly SimEvent[]; report: ScoreReport } = (() => {
  const { events } = replay(anaphylaxis, SEED, expert.commands)
  return { events, report: score(anaphylaxis, events) }
})()

export const LEARNER: Agent = {
  objectType: 'Agent',
  account: { homePage: 'https://lms.example.com', name: 'learner-1625378' },
}
export const REGISTRATION = 'c4b2f8a0-6d1e-4f3a-9b7c-2e5d8a1f0b36'
export const SESSION_ID = 'f1e2d3c4-b5a6-4978-8695-a4b3c2d1e0f9'
export const LMS_ACTIVITY_ID = 'https://lms.example.com/courses/42/au/7f3c'
export const PUBLISHER_AU_ID = 'https://resus.example.org/au/anaphylaxis-adult'

/** A cmi5 LMS.LaunchData contextTemplate as CATAPULT writes it (publisher id grouping + session id). */
export const CONTEXT_TEMPLATE: Context = {
  contextActivities: { grouping: [{ id: PUBLISHER_AU_ID }] },
  extensions: { 'https://w3id.org/xapi/cmi5/context/extensions/sessionid': SESSION_ID },
}

/** The context of a cmi5 launch (LMS activity id, contextTemplate). */
export const cmi5Context = (overrides: Partial<StatementContext> = {}): StatementContext => ({
  actor: LEARNER,
  registration: REGISTRATION,
  sessionId: SESSION_ID,
  auActivityId: LMS_ACTIVITY_ID,
  baseIri: DEFAULT_ACTIVITY_BASE_IRI,
  scenario: anaphylaxis,
  contextTemplate: CONTEXT_TEMPLATE,
  platform: 'Resus test',
  inputMode: 'desktop',
  language: 'en-GB',
  seed: SEED,
  scenarioHash: 'sha256:0f1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c4b5a69788796a5b4c3d2e1f0',
  ...overrides,
})

/** The context of a stand-alone run: the scenario activity is the AU, no template. */
export const standaloneContext = (): StatementContext => {
  const { contextTemplate: _none, ...ctx } = cmi5Context()
  return { ...ctx, auActivityId: scenarioActivityId(DEFAULT_ACTIVITY_BASE_IRI, anaphylaxis.id) }
}

const T0 = Date.parse('2026-03-02T09:00:00.000Z')

/** Deterministic statement ids (UUID v4 shape) and UTC timestamps, increasing by 1 ms per call. */
export function idSource(start = 1) {
  let n = start
  return (offsetMs = 0): StatementIds => {
    const i = n++
    return {
      id: `00000000-0000-4000-8000-${i.toString(16).padStart(12, '0')}`,
      timestamp: new Date(T0 + offsetMs + i).toISOString(),
    }
  }
}

/** One full session of the expert run: initialized, every event statement, completed, passed/failed, terminated. */
export function expertSession(
  ctx: StatementContext,
  masteryScore?: number,
  report: ScoreReport = expertRun.report,
): Statement[] {
  const next = idSource()
  const { events } = expertRun
  const initialized = buildInitialized(ctx, next())
  const during = events.flatMap((e) => {
    if (!givesStatement(e)) return []
    const s = statementsForEvent(e, ctx, next(e.atMs))
    return s ? [s] : []
  })
  const endMs = report.endedAtMs + 5_000
  const outcome = statementsForOutcome(report, ctx, [next(endMs), next(endMs)], {
    durationMs: endMs,
    ...(masteryScore !== undefined && { masteryScore }),
    send: { completed: true, judgement: true },
  })
  const terminated = buildTerminated(ctx, next(endMs + 1_000), { durationMs: endMs + 1_000 })
  return [initialized, ...during, ...outcome, terminated]
}

/** The expert run's report with a lower score: `scaled` of its max, still no critical item missed. */
export const reportScoring = (scaled: number): ScoreReport => {
  const { max } = expertRun.report
  return { ...expertRun.report, earned: Math.round(scaled * max), penalties: 0, scaled, pass: false }
}

/** LearningLocker's xAPI 1.0.3 validation: the warnings, as `path: message` strings. */
export function xapiWarnings(statement: unknown): string[] {
  return validateStatement(statement).map((w) => `${w.path.join('.')}: ${w.name}`)
}
