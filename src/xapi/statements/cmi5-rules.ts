import type { Activity, Context, Statement } from '@xapi/xapi'
import { CMI5, VERBS } from '../vocabulary.ts'
import { ISO_DURATION_PATTERN } from './iso-duration.ts'

/*
 * The cmi5 rules for the statements an AU sends in one session (cmi5 "quartz": §7.1, §9, §10), as a checker: used
 * by the tests, and usable at run time as a guard before statements enter the outbox. Each violation is reported as
 * `[rule] #index verb: message`; the rule codes are CMI5_RULES.
 */

export const CMI5_RULES = {
  statementId: 'statement-id', // §9.1: every statement has a UUID id (unique in the session)
  timestamp: 'timestamp', // §9.7: every statement has a timestamp in UTC
  order: 'timestamp-order', // §9.3: order is by timestamp; the list must be in that order
  registration: 'registration', // §9.6.1: context.registration is the launch registration
  sessionId: 'session-id', // §9.6.3.1: the session id extension on every statement
  contextTemplate: 'context-template', // §10: the contextTemplate's values are all present, unchanged
  firstInitialized: 'first-initialized', // §9.3.2: initialized is the first statement of the session
  lastTerminated: 'last-terminated', // §9.3.8: terminated is the last statement of the session
  duplicateVerb: 'duplicate-verb', // §9.3: no cmi5 defined verb twice in a session
  passedXorFailed: 'passed-xor-failed', // §9.3: at most one of passed/failed in a session
  registrationHistory: 'registration-history', // §9.3: per registration ≤ 1 completed, ≤ 1 passed, no failed after passed
  definedCategory: 'cmi5-category', // §7.1.3: the cmi5 category on exactly the cmi5 defined statements
  definedObject: 'defined-object', // §9.4: the object of a defined statement is the launch activityId
  definedActor: 'defined-actor', // §9.2: the actor of a defined statement is an Agent with an account
  score: 'score', // §9.5.1: score only on passed/failed; scaled 0–1; raw needs min and max, integers, raw in range
  success: 'success', // §9.5.2: success true on passed, false on failed, absent on other defined statements
  completion: 'completion', // §9.5.3: completion true on completed, absent on other defined statements
  moveOn: 'moveon-category', // §9.6.2.2: the moveon category on exactly the defined statements with success/completion
  duration: 'duration', // §9.5.4.1: completed, passed, failed and terminated carry an ISO 8601 duration
  launchMode: 'launch-mode', // §10: Browse/Review → only initialized and terminated
  masteryScore: 'mastery-score', // §9.3.4/5, §9.6.3.2: passed ≥ masteryScore > failed; the extension holds it
} as const

export type Cmi5Rule = (typeof CMI5_RULES)[keyof typeof CMI5_RULES]

export interface Cmi5SessionOptions {
  /** The launch activityId: object of every defined statement. */
  auActivityId: string
  registration: string
  sessionId: string
  /** LMS.LaunchData launchMode (default Normal). */
  launchMode?: 'Normal' | 'Browse' | 'Review'
  /** LMS.LaunchData masteryScore, when given. */
  masteryScore?: number
  /** LMS.LaunchData contextTemplate: every statement must contain its values. */
  contextTemplate?: Context
  /** What earlier sessions of this registration already sent (cmi5 per-registration rules). */
  registrationHistory?: { completed?: boolean; passed?: boolean }
}

const DEFINED_VERBS: Record<string, string> = {
  [VERBS.initialized.id]: 'initialized',
  [VERBS.completed.id]: 'completed',
  [VERBS.passed.id]: 'passed',
  [VERBS.failed.id]: 'failed',
  [VERBS.terminated.id]: 'terminated',
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i
const UTC_TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]00:?00)$/

/**
 * Checks the statements of one AU session, in the order they were (or will be) sent, and returns every violation of
 * the cmi5 rules; [] when the session conforms.
 */
export function checkCmi5Session(statements: readonly Statement[], options: Cmi5SessionOptions): string[] {
  const out: string[] = []
  const report = (rule: Cmi5Rule, index: number, message: string) =>
    out.push(`[${rule}] #${index} ${label(statements[index])}: ${message}`)

  const seenIds = new Set<string>()
  const seenDefined = new Map<string, number>()
  let previousMs = -Infinity
  const browseOrReview = options.launchMode === 'Browse' || options.launchMode === 'Review'

  statements.forEach((s, i) => {
    const ctx = s.context
    const verb = DEFINED_VERBS[s.verb.id]
    const categories = ids(ctx?.contextActivities?.category)
    const isDefined = categories.includes(CMI5.categoryActivityId)

    // Identity and time.
    if (!s.id || !UUID.test(s.id)) report(CMI5_RULES.statementId, i, `id ${JSON.stringify(s.id)} is not a UUID`)
    else if (seenIds.has(s.id)) report(CMI5_RULES.statementId, i, `id ${s.id} is used twice`)
    if (s.id) seenIds.add(s.id)
    const ms = s.timestamp ? Date.parse(s.timestamp) : NaN
    if (!s.timestamp || !UTC_TIMESTAMP.test(s.timestamp) || Number.isNaN(ms))
      report(CMI5_RULES.timestamp, i, `timestamp ${JSON.stringify(s.timestamp)} is not an ISO 8601 UTC time`)
    else {
      if (ms < previousMs) report(CMI5_RULES.order, i, `timestamp ${s.timestamp} is earlier than the statement before`)
      previousMs = Math.max(previousMs, ms)
    }

    // Context every statement shares.
    if (ctx?.registration !== options.registration)
      report(CMI5_RULES.registration, i, `registration ${JSON.stringify(ctx?.registration)} ≠ ${options.registration}`)
    if (ctx?.extensions?.[CMI5.sessionIdExtension] !== options.sessionId)
      report(CMI5_RULES.sessionId, i, `session id extension missing or ≠ ${options.sessionId}`)
    for (const missing of templateGaps(options.contextTemplate, ctx))
      report(CMI5_RULES.contextTemplate, i, `context lacks the contextTemplate's ${missing}`)

    // Defined vs allowed.
    if (isDefined && !verb) report(CMI5_RULES.definedCategory, i, 'the cmi5 category on a statement with no cmi5 verb')
    if (!isDefined && verb) report(CMI5_RULES.definedCategory, i, `cmi5 verb ${verb} without the cmi5 category`)
    const moveOn = categories.includes(CMI5.moveOnActivityId)
    if (!isDefined || !verb) {
      if (moveOn) report(CMI5_RULES.moveOn, i, 'the moveon category on a statement that is not cmi5 defined')
      return
    }

    // Defined statements.
    if (s.object.objectType !== undefined && s.object.objectType !== 'Activity')
      report(CMI5_RULES.definedObject, i, 'object is not an Activity')
    if (!('id' in s.object) || s.object.id !== options.auActivityId)
      report(CMI5_RULES.definedObject, i, `object id ≠ launch activityId ${options.auActivityId}`)
    const actor = s.actor as { objectType?: string; account?: unknown }
    if ((actor.objectType !== undefined && actor.objectType !== 'Agent') || !actor.account)
      report(CMI5_RULES.definedActor, i, 'actor is not an Agent with an account')

    const first = seenDefined.get(verb)
    if (first !== undefined) report(CMI5_RULES.duplicateVerb, i, `${verb} already sent (#${first})`)
    else seenDefined.set(verb, i)
    const other = verb === 'passed' ? 'failed' : verb === 'failed' ? 'passed' : undefined
    if (other && seenDefined.has(other)) report(CMI5_RULES.passedXorFailed, i, `${verb} after ${other} in one session`)

    const history = options.registrationHistory
    if (verb === 'completed' && history?.completed)
      report(CMI5_RULES.registrationHistory, i, 'completed already sent in this registration')
    if (verb === 'passed' && history?.passed)
      report(CMI5_RULES.registrationHistory, i, 'passed already sent in this registration')
    if (verb === 'failed' && history?.passed)
      report(CMI5_RULES.registrationHistory, i, 'failed after passed in this registration')

    if (browseOrReview && verb !== 'initialized' && verb !== 'terminated')
      report(CMI5_RULES.launchMode, i, `${verb} in ${options.launchMode} mode (only initialized and terminated)`)

    const result = s.result
    const judged = verb === 'passed' || verb === 'failed'
    if (result?.score && !judged) report(CMI5_RULES.score, i, 'score on a statement other than passed/failed')
    if (result?.score) for (const problem of scoreProblems(result.score)) report(CMI5_RULES.score, i, problem)

    if (judged && result?.success !== (verb === 'passed'))
      report(CMI5_RULES.success, i, `success must be ${verb === 'passed'}`)
    if (!judged && result?.success !== undefined) report(CMI5_RULES.success, i, 'success on a non-passed/failed')
    if (verb === 'completed' && result?.completion !== true) report(CMI5_RULES.completion, i, 'completion must be true')
    if (verb !== 'completed' && result?.completion !== undefined)
      report(CMI5_RULES.completion, i, 'completion on a statement other than completed')

    const needsMoveOn = result?.success !== undefined || result?.completion !== undefined
    if (needsMoveOn && !moveOn) report(CMI5_RULES.moveOn, i, 'success/completion without the moveon category')
    if (!needsMoveOn && moveOn) report(CMI5_RULES.moveOn, i, 'the moveon category without success/completion')

    if (verb !== 'initialized' && (!result?.duration || !ISO_DURATION_PATTERN.test(result.duration)))
      report(CMI5_RULES.duration, i, `needs an ISO 8601 duration, got ${JSON.stringify(result?.duration)}`)

    const mastery = options.masteryScore
    const extension = ctx?.extensions?.[CMI5.masteryScoreExtension]
    if (extension !== undefined && extension !== mastery)
      report(CMI5_RULES.masteryScore, i, `masteryscore extension ${String(extension)} ≠ LMS masteryScore ${mastery}`)
    if (judged && mastery !== undefined && result?.score) {
      const scaled = result.score.scaled
      if (verb === 'passed' && scaled < mastery) report(CMI5_RULES.masteryScore, i, `scaled ${scaled} < ${mastery}`)
      if (verb === 'failed' && scaled >= mastery) report(CMI5_RULES.masteryScore, i, `scaled ${scaled} ≥ ${mastery}`)
      if (extension === undefined)
        report(CMI5_RULES.masteryScore, i, 'judged on the masteryScore without its extension')
    }
  })

  const firstIsInitialized = statements.length > 0 && seenDefined.get('initialized') === 0
  if (!firstIsInitialized)
    out.push(`[${CMI5_RULES.firstInitialized}] the first statement must be a cmi5 defined initialized`)
  const last = statements.length - 1
  if (last < 0 || seenDefined.get('terminated') !== last || !isDefinedTerminated(statements[last]))
    out.push(`[${CMI5_RULES.lastTerminated}] the last statement must be the (only) cmi5 defined terminated`)
  return out
}

function isDefinedTerminated(s: Statement | undefined): boolean {
  return (
    s?.verb.id === VERBS.terminated.id && ids(s.context?.contextActivities?.category).includes(CMI5.categoryActivityId)
  )
}

const label = (s: Statement | undefined) =>
  s ? (DEFINED_VERBS[s.verb.id] ?? s.verb.display?.['en-US'] ?? s.verb.id) : '?'

const ids = (list: Activity | Activity[] | undefined): string[] =>
  list === undefined ? [] : (Array.isArray(list) ? list : [list]).map((a) => a.id)

function scoreProblems(score: { scaled?: number; raw?: number; min?: number; max?: number }): string[] {
  const problems: string[] = []
  const { scaled, raw, min, max } = score
  if (scaled !== undefined && !(scaled >= 0 && scaled <= 1)) problems.push(`scaled ${scaled} outside [0, 1]`)
  for (const [name, value] of [
    ['raw', raw],
    ['min', min],
    ['max', max],
  ] as const)
    if (value !== undefined && !Number.isInteger(value)) problems.push(`${name} ${value} is not an integer`)
  if (raw !== undefined && (min === undefined || max === undefined)) problems.push('raw without min and max')
  if (raw !== undefined && min !== undefined && max !== undefined && (raw < min || raw > max))
    problems.push(`raw ${raw} outside [${min}, ${max}]`)
  return problems
}

/** The contextTemplate values a context lacks or changed (activities by id, extensions by key, other props by value). */
function templateGaps(template: Context | undefined, ctx: Context | undefined): string[] {
  if (!template) return []
  const gaps: string[] = []
  for (const [key, value] of Object.entries(template) as [keyof Context, unknown][]) {
    if (value === undefined) continue
    if (key === 'contextActivities') {
      for (const [list, activities] of Object.entries(value as object) as [
        keyof NonNullable<Context['contextActivities']>,
        Activity | Activity[],
      ][]) {
        const present = ids(ctx?.contextActivities?.[list])
        for (const id of ids(activities)) if (!present.includes(id)) gaps.push(`${list} activity ${id}`)
      }
    } else if (key === 'extensions') {
      for (const [ext, v] of Object.entries(value as object))
        if (!sameJson(ctx?.extensions?.[ext], v)) gaps.push(`extension ${ext}`)
    } else if (!sameJson(ctx?.[key], value)) gaps.push(key)
  }
  return gaps
}

const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b)
