import type { Result, ResultScore, Statement } from '@xapi/xapi'
import type { ScoreReport } from '../../scoring/types.ts'
import { VERBS, type VerbRef } from '../vocabulary.ts'
import { auActivity } from './activities.ts'
import { statementHead } from './statement-head.ts'
import { buildContext } from './context.ts'
import { formatIsoDuration } from './iso-duration.ts'
import type { StatementContext, StatementIds } from './types.ts'

/*
 * cmi5 *defined* statements (cmi5 §9): object = the AU activity (launch activityId), cmi5 category, the moveon category
 * exactly on completed/passed/failed (§9.6.2.2), score/success only on passed/failed, completion only on completed
 * (§9.5). These builders are dumb: which ones to send, and when, is the caller's decision (moveOn, launchMode,
 * what was already sent in the registration); checkCmi5Session (cmi5-rules.ts) verifies the sequence.
 */

export interface DurationOptions {
  /** Wall-clock ms (cmi5 §9.5.4.1: terminated = since initialized; completed/passed/failed = time spent to get there). */
  durationMs: number
}

export interface JudgedOptions extends DurationOptions {
  /** Omit when the decision could not be reported consistently with the LMS masteryScore (see judgeOutcome). */
  score?: ResultScore
  /** The LMS masteryScore the decision was based on (cmi5 §9.6.3.2): goes in the context. */
  masteryScore?: number
}

export function buildInitialized(ctx: StatementContext, ids: StatementIds): Statement {
  return defined(ctx, ids, VERBS.initialized, undefined, false)
}

export function buildCompleted(ctx: StatementContext, ids: StatementIds, options: DurationOptions): Statement {
  return defined(ctx, ids, VERBS.completed, { completion: true, duration: formatIsoDuration(options.durationMs) }, true)
}

export function buildPassed(ctx: StatementContext, ids: StatementIds, options: JudgedOptions): Statement {
  return judged(ctx, ids, VERBS.passed, true, options)
}

export function buildFailed(ctx: StatementContext, ids: StatementIds, options: JudgedOptions): Statement {
  return judged(ctx, ids, VERBS.failed, false, options)
}

export function buildTerminated(ctx: StatementContext, ids: StatementIds, options: DurationOptions): Statement {
  return defined(ctx, ids, VERBS.terminated, { duration: formatIsoDuration(options.durationMs) }, false)
}

// ------------------------------------------------------------------ outcome

export interface Judgement {
  passed: boolean
  /** Absent when a failed statement cannot carry the score (see judgeOutcome). */
  score?: ResultScore
  /** Set when the decision used the LMS masteryScore: it then goes in the statement's context. */
  masteryScore?: number
}

/**
 * Decides passed/failed for cmi5 from a score report.
 * - Without an LMS masteryScore: the report's own decision (every critical item met, no critical harm, scaled ≥ the
 *   scene's masteryScore), with the score.
 * - With one (LMS.LaunchData): the same rules with the LMS masteryScore in place of the scene's (cmi5 §10: passed/failed
 *   "MUST be based on the masteryScore if provided"). A run that fails on a critical item although its scaled score
 *   reaches the masteryScore is reported as failed WITHOUT a score: a failed statement's score must be below the
 *   masteryScore (§9.3.5), and the score is optional (§9.5.1).
 */
export function judgeOutcome(report: ScoreReport, masteryScore?: number): Judgement {
  const score = scoreOf(report)
  if (masteryScore === undefined) return { passed: report.pass, score }
  const critical = report.criticalMissed.length === 0 && report.criticalHarm.length === 0
  const passed = critical && report.scaled >= masteryScore
  if (!passed && report.scaled >= masteryScore) return { passed }
  return { passed, score, masteryScore }
}

/**
 * `result.score` from a report: scaled as reported; raw = earned − penalties clamped to [0, max], min 0, max = max,
 * so raw / max = scaled (before its rounding to 4 decimals). cmi5 §9.5.1 wants raw/min/max as integers: they are
 * left out when the scene's points are fractional or nothing was applicable (max 0).
 */
export function scoreOf(report: ScoreReport): ResultScore {
  const { max } = report
  const raw = Math.min(max, Math.max(0, report.earned - report.penalties))
  const integral = max > 0 && Number.isInteger(max) && Number.isInteger(raw)
  return { scaled: report.scaled, ...(integral && { raw, min: 0, max }) }
}

export interface OutcomeOptions extends DurationOptions {
  /** LMS.LaunchData masteryScore, when the LMS gave one. */
  masteryScore?: number
  /** What to send, decided by the caller from moveOn, launchMode and what the registration already has. */
  send: { completed: boolean; judgement: boolean }
}

/**
 * The defined statements after the scenario has ended, in order: completed, then passed or failed. `ids` gives one
 * entry per statement produced (in that order); give each a distinct timestamp, increasing.
 */
export function statementsForOutcome(
  report: ScoreReport,
  ctx: StatementContext,
  ids: readonly StatementIds[],
  options: OutcomeOptions,
): Statement[] {
  const out: Statement[] = []
  const next = () => {
    const id = ids[out.length]
    if (!id) throw new RangeError(`statementsForOutcome needs an id and timestamp for statement ${out.length + 1}`)
    return id
  }
  if (options.send.completed) out.push(buildCompleted(ctx, next(), options))
  if (options.send.judgement) {
    const { passed, score, masteryScore } = judgeOutcome(report, options.masteryScore)
    const judgedOptions: JudgedOptions = {
      durationMs: options.durationMs,
      ...(score && { score }),
      ...(masteryScore !== undefined && { masteryScore }),
    }
    out.push((passed ? buildPassed : buildFailed)(ctx, next(), judgedOptions))
  }
  return out
}

// ------------------------------------------------------------------ pieces

function judged(ctx: StatementContext, ids: StatementIds, verb: VerbRef, success: boolean, options: JudgedOptions) {
  const result: Result = {
    ...(options.score && { score: { ...options.score } }),
    success,
    duration: formatIsoDuration(options.durationMs),
  }
  return defined(ctx, ids, verb, result, true, options.masteryScore)
}

function defined(
  ctx: StatementContext,
  ids: StatementIds,
  verb: VerbRef,
  result: Result | undefined,
  moveOn: boolean,
  masteryScore?: number,
): Statement {
  return {
    ...statementHead(ctx, ids, verb),
    object: auActivity(ctx),
    ...(result && { result }),
    context: buildContext(ctx, { defined: { moveOn, ...(masteryScore !== undefined && { masteryScore }) } }),
  }
}
