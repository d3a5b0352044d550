import { randomUUID } from 'node:crypto'
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { TLSSocket } from 'node:tls'
import {
  LAUNCH_DATA_STATE_ID,
  LAUNCH_MODES,
  LEARNER_PREFERENCES_PROFILE_ID,
  MOVE_ON_VALUES,
} from '../../xapi/cmi5/types.ts'
import type { LaunchData, LaunchMode, MoveOn } from '../../xapi/cmi5/types.ts'
import { CMI5, scenarioActivityId } from '../../xapi/vocabulary.ts'
import { mediaType, readBody, sendJson, sendText } from '../http-util.ts'
import type { JsonObject } from '../lrs/agent-key.ts'
import { agentKey } from '../lrs/agent-key.ts'
import type { Authenticate } from '../lrs/auth.ts'
import type { EmbeddedLrs } from '../lrs/index.ts'
import { LRS_BASE_PATH } from '../lrs/index.ts'
import type { LaunchSessions } from './launch-sessions.ts'
import { renderLmsPage } from './lms-page.ts'
import type { LaunchRow } from './lms-page.ts'

export const LMS_PATH = '/lms'
const LEARNER_ID = /^[\p{L}\p{N}._@-]{1,64}$/u
const LAUNCHED_VERB = 'http://adlnet.gov/expapi/verbs/launched'

export interface ScenarioEntry {
  id: string
  title: string
}

export interface LmsOptions {
  lrs: EmbeddedLrs
  sessions: LaunchSessions
  scenarios: ScenarioEntry[]
  activityBaseIri: string
  /** The LRS account: the launch page (which shows every learner's results) is for its holder only. */
  authenticateAdmin: Authenticate
  /** Origins of AUs hosted elsewhere (e.g. a packaged course) that may call the fetch URL. */
  corsOrigins: string[] | '*'
}

interface LaunchForm {
  learner: string
  scenarioId: string
  launchMode: LaunchMode
  moveOn: MoveOn
  masteryScore?: number
  returnURL?: string
}

/**
 * A local LMS, so that the whole cmi5 path runs on one machine: `/lms` (the launch page),
 * `POST /lms/launch` (from that page), `POST /lms/sessions` (a stand-alone run started from the
 * scenario picker) and `POST /lms/fetch/<code>` (the cmi5 fetch URL).
 */
export function createLmsHandler(options: LmsOptions) {
  const { lrs, sessions, scenarios, activityBaseIri } = options
  const homePage = (origin: string) => `${origin}${LMS_PATH}`

  /** Writes LaunchData and the LMS's `launched` statement, then gives the AU's launch URL. */
  function launch(origin: string, form: LaunchForm): string {
    const actor: JsonObject = { objectType: 'Agent', account: { homePage: homePage(origin), name: form.learner } }
    const activityId = scenarioActivityId(activityBaseIri, form.scenarioId)
    const { registration, sessionId, fetchCode } = sessions.create({
      actor,
      activityId,
      scenarioId: form.scenarioId,
      launchMode: form.launchMode,
    })
    const contextTemplate = {
      contextActivities: { grouping: [{ objectType: 'Activity' as const, id: activityId }] },
      extensions: { [CMI5.sessionIdExtension]: sessionId },
    }
    const launchData: LaunchData = {
      contextTemplate,
      launchMode: form.launchMode,
      moveOn: form.moveOn,
      ...(form.masteryScore !== undefined && { masteryScore: form.masteryScore }),
      ...(form.returnURL && { returnURL: form.returnURL }),
    }
    lrs.state.put(
      { activityId, agent: agentKey(actor) as string, registration, stateId: LAUNCH_DATA_STATE_ID },
      'application/json',
      Buffer.from(JSON.stringify(launchData)),
    )
    // cmi5 11: the LMS keeps the learner's preferences; give a new learner the defaults once.
    const learner = agentKey(actor) as string
    if (!lrs.agentProfiles.get(learner, LEARNER_PREFERENCES_PROFILE_ID)) {
      lrs.agentProfiles.put(
        learner,
        LEARNER_PREFERENCES_PROFILE_ID,
        'application/json',
        Buffer.from(JSON.stringify({ languagePreference: 'en-US', audioPreference: 'on' })),
      )
    }
    const lms = { objectType: 'Agent', account: { homePage: homePage(origin), name: 'resus-local-lms' } }
    lrs.statements.insert(
      [
        {
          id: randomUUID(),
          actor,
          verb: { id: LAUNCHED_VERB, display: { 'en-US': 'launched' } },
          object: { objectType: 'Activity', id: activityId },
          context: {
            ...contextTemplate,
            registration,
            contextActivities: {
              ...contextTemplate.contextActivities,
              category: [{ objectType: 'Activity', id: CMI5.categoryActivityId }],
            },
            extensions: {
              ...contextTemplate.extensions,
              'https://w3id.org/xapi/cmi5/context/extensions/launchmode': form.launchMode,
              'https://w3id.org/xapi/cmi5/context/extensions/moveon': form.moveOn,
              'https://w3id.org/xapi/cmi5/context/extensions/launchurl': `${origin}/scenario/${form.scenarioId}`,
            },
          },
          timestamp: new Date().toISOString(),
        },
      ],
      lms,
    )
    const params = new URLSearchParams({
      endpoint: `${origin}${LRS_BASE_PATH}`,
      fetch: `${origin}${LMS_PATH}/fetch/${fetchCode}`,
      actor: JSON.stringify(actor),
      registration,
      activityId,
    })
    return `${origin}/scenario/${encodeURIComponent(form.scenarioId)}?${params.toString()}`
  }

  function parseForm(fields: Record<string, string | undefined>, origin: string): LaunchForm | string {
    const learner = fields.learner?.trim() ?? ''
    if (!LEARNER_ID.test(learner)) {
      return 'Learner ID: 1 to 64 letters, digits, dots, dashes, underscores or @ (an ID, not a name).'
    }
    const scenarioId = fields.scenario ?? ''
    if (!scenarios.some((s) => s.id === scenarioId)) return `Scenario: no scenario has the id "${scenarioId}".`
    const launchMode = (fields.launchMode ?? 'Normal') as LaunchMode
    if (!LAUNCH_MODES.includes(launchMode)) return `Launch mode: expected ${LAUNCH_MODES.join(', ')}.`
    const moveOn = (fields.moveOn ?? 'CompletedAndPassed') as MoveOn
    if (!MOVE_ON_VALUES.includes(moveOn)) return `Move on: expected ${MOVE_ON_VALUES.join(', ')}.`
    const rawMastery = fields.masteryScore?.trim()
    const masteryScore = rawMastery ? Number(rawMastery) : undefined
    if (masteryScore !== undefined && !(masteryScore >= 0 && masteryScore <= 1)) {
      return 'Mastery score: a number from 0 to 1 (e.g. 0.8), or empty to use the scenario’s own.'
    }
    const returnURL = fields.returnURL === undefined ? `${origin}${LMS_PATH}` : fields.returnURL || undefined
    return {
      learner,
      scenarioId,
      launchMode,
      moveOn,
      ...(masteryScore !== undefined && { masteryScore }),
      ...(returnURL && { returnURL }),
    }
  }

  function launchRows(): LaunchRow[] {
    return sessions.recent(50).map((s) => {
      const verbs = new Map<string, JsonObject>()
      for (const st of lrs.statements.query({ registration: s.registration, limit: 500, ascending: true }).statements) {
        const verb = (st.verb as { id?: string } | undefined)?.id?.split('/').pop()
        if (verb) verbs.set(verb, st)
      }
      const judged = verbs.get('passed') ?? verbs.get('failed')
      const scaled = (judged?.result as { score?: { scaled?: number } } | undefined)?.score?.scaled
      const status = judged
        ? `${verbs.has('passed') ? 'passed' : 'failed'}${scaled === undefined ? '' : ` (${Math.round(scaled * 100)}%)`}`
        : verbs.has('completed')
          ? 'completed'
          : verbs.has('initialized')
            ? 'in progress'
            : 'not started'
      const title = scenarios.find((x) => x.id === s.scenarioId)?.title ?? s.scenarioId
      const learner = String((s.actor.account as { name?: string } | undefined)?.name ?? '')
      return { ...s, learner, title, status, terminated: verbs.has('terminated') }
    })
  }

  return async function handleLms(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    // Over HTTPS (a headset on the network) the launch's LRS and fetch URLs must be https:// too.
    const scheme = (req.socket as Partial<TLSSocket>).encrypted ? 'https' : 'http'
    const origin = `${scheme}://${req.headers.host ?? 'localhost'}`
    const sub = url.pathname.slice(LMS_PATH.length).replace(/\/+$/, '')

    const fetchMatch = /^\/fetch\/([A-Za-z0-9_-]+)$/.exec(sub)
    if (fetchMatch?.[1]) {
      const caller = req.headers.origin
      if (caller && (options.corsOrigins === '*' || options.corsOrigins.includes(caller))) {
        res.setHeader('Access-Control-Allow-Origin', caller)
        res.setHeader('Vary', 'Origin')
      }
      if (req.method !== 'POST') return sendJson(res, 405, { 'error-code': '3', 'error-text': 'Use POST.' })
      const result = sessions.fetchToken(fetchMatch[1])
      if ('token' in result) return sendJson(res, 200, { 'auth-token': result.token })
      return sendJson(res, 400, { 'error-code': result.errorCode, 'error-text': result.errorText })
    }

    if (sub === '/sessions') {
      // A stand-alone run from the picker: the learner's own launch, Normal mode, the scenario's mastery.
      if (req.method !== 'POST' || mediaType(req) !== 'application/json') {
        return sendJson(res, 400, { error: 'POST a JSON body {"scenarioId": "...", "learner": "..."}.' })
      }
      let body: Record<string, unknown>
      try {
        body = JSON.parse((await readBody(req, 4096)).toString('utf8')) as Record<string, unknown>
      } catch {
        return sendJson(res, 400, { error: 'The body is not valid JSON.' })
      }
      const form = parseForm(
        { learner: String(body.learner ?? ''), scenario: String(body.scenarioId ?? ''), returnURL: '' },
        origin,
      )
      if (typeof form === 'string') return sendJson(res, 400, { error: form })
      return sendJson(res, 200, { launchUrl: launch(origin, form) })
    }

    // Everything else is the launch page: it shows every learner's results, so it asks for the LRS account.
    if (!options.authenticateAdmin(req.headers.authorization)) {
      return sendText(res, 401, 'Sign in with the LRS account (see lrs-credentials.json under RESUS_DATA_DIR).', {
        'WWW-Authenticate': 'Basic realm="Resus local LMS", charset="UTF-8"',
      })
    }
    if (sub === '/launch' && req.method === 'POST') {
      const fields = Object.fromEntries(new URLSearchParams((await readBody(req, 16_384)).toString('utf8')))
      const form = parseForm(fields, origin)
      if (typeof form === 'string') {
        return sendHtml(res, 400, renderLmsPage({ scenarios, launches: launchRows(), error: form, values: fields }))
      }
      res.writeHead(303, { Location: launch(origin, form), 'Cache-Control': 'no-store' }).end()
      return
    }
    if (sub === '' && (req.method === 'GET' || req.method === 'HEAD')) {
      return sendHtml(res, 200, renderLmsPage({ scenarios, launches: launchRows(), values: {} }))
    }
    return sendText(res, 404, 'Not found')
  }
}

function sendHtml(res: ServerResponse, status: number, html: string) {
  res
    .writeHead(status, {
      'Content-Type': 'text/html; charset=utf-8',
      'Cache-Control': 'no-store',
      'Content-Security-Policy': "default-src 'self'; style-src 'unsafe-inline'",
    })
    .end(html)
}
