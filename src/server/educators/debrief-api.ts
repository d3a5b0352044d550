import type { IncomingMessage, ServerResponse } from 'node:http'
import type { TLSSocket } from 'node:tls'
import { RECORDING_STATE_ID } from '../../xapi/cmi5/types.ts'
import { CONTEXT_EXTENSIONS } from '../../xapi/vocabulary.ts'
import { mediaType, readBody, sendJson } from '../http-util.ts'
import type { JsonObject } from '../lrs/agent-key.ts'
import { agentKey, isObject } from '../lrs/agent-key.ts'
import type { EmbeddedLrs } from '../lrs/index.ts'
import type { EducatorSessions } from './educator-sessions.ts'

export const DEBRIEF_API = '/api/debrief'
const VERB = (name: string) => `http://adlnet.gov/expapi/verbs/${name}`
const SESSION_VERBS = ['initialized', 'completed', 'passed', 'failed', 'terminated'].map(VERB)
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

/** One session (registration) in the educator's list. */
export interface SessionSummary {
  registration: string
  learner: string
  scenarioId: string
  scenarioVersion: string
  startedAt: string
  /** null: not judged (still running, abandoned, or a Browse/Review launch). */
  passed: boolean | null
  scaled: number | null
  duration: string | null
}

const extension = (s: JsonObject, iri: string): unknown =>
  isObject(s.context) && isObject(s.context.extensions) ? s.context.extensions[iri] : undefined

/** Sessions from the LRS's own statements: initialized opens one; passed/failed and terminated complete it. */
function summarise(rows: JsonObject[]): SessionSummary[] {
  const byRegistration = new Map<string, SessionSummary>()
  for (const s of rows) {
    const registration = isObject(s.context) ? String(s.context.registration ?? '') : ''
    const verb = isObject(s.verb) ? String(s.verb.id) : ''
    if (!registration) continue
    let summary = byRegistration.get(registration)
    if (verb === VERB('initialized')) {
      const scenario = extension(s, CONTEXT_EXTENSIONS.scenario) as { id?: string; version?: string } | undefined
      const account = isObject(s.actor) && isObject(s.actor.account) ? s.actor.account : {}
      summary = {
        registration,
        learner: String(account.name ?? ''),
        scenarioId: String(scenario?.id ?? ''),
        scenarioVersion: String(scenario?.version ?? ''),
        startedAt: String(s.timestamp ?? ''),
        passed: summary?.passed ?? null,
        scaled: summary?.scaled ?? null,
        duration: summary?.duration ?? null,
      }
      byRegistration.set(registration, summary)
      continue
    }
    summary ??= {
      registration,
      learner: '',
      scenarioId: '',
      scenarioVersion: '',
      startedAt: '',
      passed: null,
      scaled: null,
      duration: null,
    }
    byRegistration.set(registration, summary)
    const result = isObject(s.result) ? s.result : {}
    if (verb === VERB('passed') || verb === VERB('failed')) {
      summary.passed = verb === VERB('passed')
      summary.scaled = isObject(result.score) && typeof result.score.scaled === 'number' ? result.score.scaled : null
    }
    if (verb === VERB('terminated') && typeof result.duration === 'string') summary.duration = result.duration
  }
  return [...byRegistration.values()].filter((s) => s.startedAt)
}

/**
 * The debrief's server side: educator sign-in and the sessions of the LRS. The browser bundle holds no
 * LRS credential; it reads through these routes, which answer only a signed-in educator.
 */
export function createDebriefApi(lrs: EmbeddedLrs, educators: EducatorSessions) {
  const sessionRows = lrs.db.prepare<string[], { body: string }>(
    `SELECT body FROM statements WHERE voided = 0 AND registration IS NOT NULL
     AND verb IN (${SESSION_VERBS.map(() => '?').join(', ')}) ORDER BY seq DESC LIMIT 20000`,
  )

  const initializedOf = lrs.db.prepare<[string, string], { body: string }>(
    'SELECT body FROM statements WHERE registration = ? AND verb = ? AND voided = 0 ORDER BY seq LIMIT 1',
  )
  /** The recording State document of a session (keyed by its AU activity, learner and registration). */
  const recordingOf = (registration: string, initialized?: JsonObject): unknown => {
    const first =
      initialized ??
      (JSON.parse(initializedOf.get(registration, VERB('initialized'))?.body ?? 'null') as JsonObject | null)
    if (!first) return null
    const doc = lrs.state.get({
      activityId: isObject(first.object) ? String(first.object.id) : '',
      agent: agentKey(first.actor) ?? '',
      registration,
      stateId: RECORDING_STATE_ID,
    })
    return parseOrNull(doc?.content.toString('utf8'))
  }

  return async function handleDebriefApi(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    const sub = url.pathname.slice(DEBRIEF_API.length)
    if (sub === '/sign-in' && req.method === 'POST') {
      if (mediaType(req) !== 'application/json') return sendJson(res, 400, { error: 'Send JSON.' })
      let body: { username?: unknown; password?: unknown }
      try {
        body = JSON.parse((await readBody(req, 4096)).toString('utf8')) as typeof body
      } catch {
        return sendJson(res, 400, { error: 'Send JSON.' })
      }
      const token = educators.signIn(String(body.username ?? ''), String(body.password ?? ''))
      if (!token) return sendJson(res, 401, { error: 'Wrong user name or password.' })
      const secure = (req.socket as Partial<TLSSocket>).encrypted === true
      return sendJson(res, 200, { educator: body.username }, { 'Set-Cookie': educators.cookie(token, secure) })
    }
    if (sub === '/sign-out' && req.method === 'POST') {
      educators.signOut(req)
      return sendJson(res, 200, {}, { 'Set-Cookie': educators.clearCookie })
    }
    const educator = educators.educatorOf(req)
    // Who is signed in (null: nobody) is not a secret: answering 200 keeps the sign-in page free of errors.
    if (sub === '/me') return sendJson(res, 200, { educator })
    if (!educator) return sendJson(res, 401, { error: 'Sign in as an educator to see learners’ results.' })
    if (req.method !== 'GET') return sendJson(res, 405, { error: 'Use GET.' })

    if (sub === '/sessions') {
      const q = url.searchParams
      const from = q.get('from') ?? ''
      const to = q.get('to') ?? ''
      const result = q.get('result') ?? ''
      const rows = sessionRows.all(...SESSION_VERBS).map((r) => JSON.parse(r.body) as JsonObject)
      const sessions = summarise(rows).filter(
        (s) =>
          (!q.get('scenario') || s.scenarioId === q.get('scenario')) &&
          (!q.get('learner') || s.learner.toLowerCase().includes((q.get('learner') ?? '').toLowerCase())) &&
          (!from || s.startedAt.slice(0, 10) >= from) &&
          (!to || s.startedAt.slice(0, 10) <= to) &&
          (!result ||
            (result === 'passed' && s.passed === true) ||
            (result === 'failed' && s.passed === false) ||
            (result === 'unjudged' && s.passed === null)),
      )
      return sendJson(res, 200, { sessions })
    }

    if (sub === '/recordings') {
      // Every recorded session of one scenario, for the cohort view (computed in the educator's browser).
      const scenarioId = url.searchParams.get('scenario') ?? ''
      const rows = sessionRows.all(...SESSION_VERBS).map((r) => JSON.parse(r.body) as JsonObject)
      const recordings = summarise(rows)
        .filter((s) => s.scenarioId === scenarioId)
        .map((s) => ({ ...s, recording: recordingOf(s.registration) }))
        .filter((s) => s.recording !== null)
      return sendJson(res, 200, { recordings })
    }

    const one = /^\/sessions\/([0-9a-f-]{36})$/i.exec(sub)
    if (one?.[1] && UUID.test(one[1])) {
      const registration = one[1].toLowerCase()
      const statements = lrs.statements.query({ registration, limit: 5000, ascending: true }).statements
      const initialized = statements.find((s) => isObject(s.verb) && s.verb.id === VERB('initialized'))
      if (!initialized) return sendJson(res, 404, { error: `No session with registration ${registration}.` })
      const recording = recordingOf(registration, initialized)
      const summary = summarise(statements)[0] ?? null
      return sendJson(res, 200, { summary, statements, recording })
    }
    return sendJson(res, 404, { error: 'No such debrief resource.' })
  }
}

/** A stored recording, or null when there is none or it is not JSON (the debrief then says so). */
function parseOrNull(text: string | undefined): unknown {
  if (text === undefined) return null
  try {
    return JSON.parse(text)
  } catch {
    return null
  }
}
