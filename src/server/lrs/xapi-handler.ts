import type { IncomingMessage, ServerResponse } from 'node:http'
import { BodyTooLargeError, mediaType, readBody, sendJson } from '../http-util.ts'
import type { JsonObject } from './agent-key.ts'
import { agentKey, isObject } from './agent-key.ts'
import type { Authenticate, Principal } from './auth.ts'
import type { AgentProfileStore } from './agent-profile-store.ts'
import type { StateDocument, StateKey, StateStore } from './state-store.ts'
import type { StatementQuery, StatementStore } from './statement-store.ts'
import { LrsError } from './statement-store.ts'
import { statementProblems, voidingTarget } from './validate-statement.ts'

export const XAPI_VERSION = '1.0.3'
/** Statements are small; a batch of 50 is ~100 KiB. Recordings (State) may be larger. */
const STATEMENT_BODY_LIMIT = 5 * 1024 * 1024
const STATE_BODY_LIMIT = 16 * 1024 * 1024
const MAX_PAGE = 500
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i
const IRI = /^[a-z][a-z0-9+.-]*:\S+$/i

export interface XapiHandlerOptions {
  statements: StatementStore
  state: StateStore
  agentProfiles: AgentProfileStore
  authenticate: Authenticate
  /** Origins allowed to call the LRS from a browser ('*' for any); same-origin needs none. */
  corsOrigins: string[] | '*'
  /** Path prefix the handler is mounted at, e.g. '/xapi/'. */
  basePath: string
}

const STATEMENT_PARAMS = new Set([
  'statementId',
  'voidedStatementId',
  'agent',
  'verb',
  'activity',
  'registration',
  'related_activities',
  'related_agents',
  'since',
  'until',
  'limit',
  'format',
  'attachments',
  'ascending',
  'cursor',
])
const STATE_PARAMS = new Set(['activityId', 'agent', 'registration', 'stateId', 'since'])
const AGENT_PROFILE_PARAMS = new Set(['agent', 'profileId', 'since'])

/** The query, once every parameter is one the resource knows (Communication 3: unknown ones are a 400). */
function knownParams(url: URL, known: Set<string>, resource: string): URLSearchParams {
  for (const name of url.searchParams.keys()) {
    if (!known.has(name)) throw new LrsError(400, `Unknown parameter "${name}" for the ${resource} resource.`)
  }
  return url.searchParams
}

/** The embedded LRS: xAPI 1.0.3 About, Statements, State and Agent Profile resources over node:http. */
export function createXapiHandler(options: XapiHandlerOptions) {
  const { statements, state, agentProfiles, authenticate, basePath } = options

  const corsHeaders = (req: IncomingMessage): Record<string, string> => {
    const origin = req.headers.origin
    if (!origin) return {}
    const allowed = options.corsOrigins === '*' || options.corsOrigins.includes(origin)
    if (!allowed) return {}
    return {
      'Access-Control-Allow-Origin': origin,
      'Access-Control-Allow-Credentials': 'true',
      'Access-Control-Expose-Headers':
        'ETag, Last-Modified, X-Experience-API-Version, X-Experience-API-Consistent-Through',
      Vary: 'Origin',
    }
  }

  return async function handleXapi(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    const resource = url.pathname.slice(basePath.length).replace(/\/+$/, '')
    const headers = { 'X-Experience-API-Version': XAPI_VERSION, ...corsHeaders(req) }
    const fail = (status: number, message: string) => sendJson(res, status, { error: { status, message } }, headers)
    try {
      if (req.method === 'OPTIONS') {
        res
          .writeHead(204, {
            ...headers,
            'Access-Control-Allow-Methods': 'GET, HEAD, PUT, POST, DELETE, OPTIONS',
            'Access-Control-Allow-Headers':
              'Authorization, Content-Type, X-Experience-API-Version, If-Match, If-None-Match',
            'Access-Control-Max-Age': '600',
          })
          .end()
        return
      }
      if (resource === 'about') {
        if (req.method !== 'GET' && req.method !== 'HEAD') return fail(405, 'The About resource only answers GET.')
        return sendJson(res, 200, { version: [XAPI_VERSION, '1.0.2', '1.0.1', '1.0.0'] }, headers)
      }
      const version = req.headers['x-experience-api-version']
      if (typeof version !== 'string') {
        return fail(400, `Missing X-Experience-API-Version header: send "${XAPI_VERSION}" with every request.`)
      }
      if (!/^1\.0(\.\d+)?$/.test(version.trim())) {
        return fail(400, `X-Experience-API-Version ${version} is not supported: this LRS speaks ${XAPI_VERSION}.`)
      }
      const principal = authenticate(req.headers.authorization)
      if (!principal) {
        res.setHeader('WWW-Authenticate', 'Basic realm="Resus LRS", charset="UTF-8"')
        return fail(401, 'Missing or wrong credentials: use Basic auth with the LRS account or a launch token.')
      }
      if (resource === 'statements') return await handleStatements(req, res, url, principal, headers)
      if (resource === 'activities/state') return await handleState(req, res, url, principal, headers)
      if (resource === 'agents/profile') return await handleAgentProfile(req, res, url, principal, headers)
      return fail(404, `No xAPI resource at ${url.pathname}.`)
    } catch (error) {
      if (error instanceof LrsError) return fail(error.status, error.message)
      if (error instanceof BodyTooLargeError) return fail(413, error.message)
      console.error(error)
      return fail(500, 'The LRS failed to handle this request; see the server log.')
    }
  }

  async function handleStatements(
    req: IncomingMessage,
    res: ServerResponse,
    url: URL,
    principal: Principal,
    headers: Record<string, string>,
  ) {
    const params = knownParams(url, STATEMENT_PARAMS, 'Statements')
    const authority: JsonObject = {
      objectType: 'Agent',
      account: { homePage: `http://${req.headers.host ?? 'localhost'}${basePath}`, name: principal.name },
    }

    if (req.method === 'PUT' || req.method === 'POST') {
      if (mediaType(req) !== 'application/json') {
        throw new LrsError(400, `Statements must be sent as application/json (got "${mediaType(req) || 'none'}").`)
      }
      const parsed = parseJson(await readBody(req, STATEMENT_BODY_LIMIT))
      const batch = req.method === 'POST' && Array.isArray(parsed) ? parsed : [parsed]
      if (req.method === 'PUT') {
        const id = params.get('statementId')
        if (!id || !UUID.test(id)) throw new LrsError(400, 'PUT /statements needs a statementId parameter (a UUID).')
        if (!isObject(parsed)) throw new LrsError(400, 'PUT /statements takes one statement object.')
        if (parsed.id !== undefined && String(parsed.id).toLowerCase() !== id.toLowerCase()) {
          throw new LrsError(400, `statement.id ${String(parsed.id)} differs from the statementId parameter ${id}.`)
        }
        batch[0] = { ...parsed, id }
      } else if (params.size > 0) {
        throw new LrsError(400, 'POST /statements takes no parameters.')
      }
      if (batch.length === 0) throw new LrsError(400, 'The batch is empty.')
      const problems = batch.flatMap((s, i) => statementProblems(s, batch.length > 1 ? i : undefined))
      if (problems.length > 0) throw new LrsError(400, `Invalid statement: ${problems.join('; ')}`)
      const valid = batch as JsonObject[]
      if (!principal.canVoid && valid.some((s) => voidingTarget(s))) {
        throw new LrsError(403, 'These credentials may not void statements (cmi5 6.3).')
      }
      if (principal.scope && !valid.every((s) => inScope(s, principal.scope))) {
        throw new LrsError(403, 'A launch session may only record statements of its own learner and registration.')
      }
      const ids = statements.insert(valid, authority)
      if (req.method === 'PUT') res.writeHead(204, headers).end()
      else sendJson(res, 200, ids, headers)
      return
    }

    if (req.method !== 'GET' && req.method !== 'HEAD') {
      throw new LrsError(400, `${req.method} is not a method of the Statements resource.`)
    }
    const consistent = { ...headers, 'X-Experience-API-Consistent-Through': new Date().toISOString() }
    const statementId = params.get('statementId')
    const voidedId = params.get('voidedStatementId')
    if (statementId !== null || voidedId !== null) {
      const others = [...params.keys()].filter(
        (k) => !['statementId', 'voidedStatementId', 'format', 'attachments'].includes(k),
      )
      if (others.length > 0 || (statementId !== null && voidedId !== null)) {
        throw new LrsError(400, 'statementId or voidedStatementId may only be combined with format and attachments.')
      }
      const found = statements.get((statementId ?? voidedId) as string, voidedId !== null)
      const statement = found && inScope(found, principal.scope) ? found : null
      if (!statement) throw new LrsError(404, `No ${voidedId !== null ? 'voided ' : ''}statement with that id.`)
      return sendJson(res, 200, statement, consistent)
    }
    const query = parseQuery(params)
    if (principal.scope) {
      // A launch session reads only its own learner's statements of its own registration.
      if (
        (query.agent && query.agent !== principal.scope.agent) ||
        (query.registration && query.registration.toLowerCase() !== principal.scope.registration)
      ) {
        throw new LrsError(403, 'A launch session may only read its own learner and registration.')
      }
      query.agent = principal.scope.agent
      query.registration = principal.scope.registration
    }
    const page = statements.query(query)
    let more = ''
    if (page.next !== null) {
      const next = new URLSearchParams(params)
      next.set('cursor', String(page.next))
      more = `${basePath}statements?${next.toString()}`
    }
    return sendJson(res, 200, { statements: page.statements, more }, consistent)
  }

  async function handleState(
    req: IncomingMessage,
    res: ServerResponse,
    url: URL,
    principal: Principal,
    headers: Record<string, string>,
  ) {
    const params = knownParams(url, STATE_PARAMS, 'State')
    const activityId = params.get('activityId')
    if (!activityId || !IRI.test(activityId)) throw new LrsError(400, 'activityId: expected an IRI.')
    const agent = agentKey(parseJsonParam(params, 'agent'))
    if (!agent) throw new LrsError(400, 'agent: expected an Agent with one identifier (mbox, openid, account…).')
    const registration = params.get('registration') ?? ''
    if (registration && !UUID.test(registration)) throw new LrsError(400, 'registration: expected a UUID.')
    const base = { activityId, agent, registration: registration.toLowerCase() }
    if (principal.scope && (agent !== principal.scope.agent || base.registration !== principal.scope.registration)) {
      throw new LrsError(403, 'A launch session may only use the documents of its own learner and registration.')
    }
    const stateId = params.get('stateId')
    const key: StateKey | null = stateId ? { ...base, stateId } : null

    if (!key) {
      if (req.method === 'GET' || req.method === 'HEAD') {
        const since = params.get('since')
        return sendJson(res, 200, state.ids(base, since ? isoTimestamp(since, 'since') : ''), headers)
      }
      if (req.method === 'DELETE') {
        state.deleteAll(base)
        res.writeHead(204, headers).end()
        return
      }
      throw new LrsError(400, 'stateId is required to write a state document.')
    }
    return serveDocument(req, res, headers, `state document "${key.stateId}"`, false, {
      get: () => state.get(key),
      put: (type, content) => state.put(key, type, content),
      delete: () => state.delete(key),
    })
  }

  async function handleAgentProfile(
    req: IncomingMessage,
    res: ServerResponse,
    url: URL,
    principal: Principal,
    headers: Record<string, string>,
  ) {
    const params = knownParams(url, AGENT_PROFILE_PARAMS, 'Agent Profile')
    const agent = agentKey(parseJsonParam(params, 'agent'))
    if (!agent) throw new LrsError(400, 'agent: expected an Agent with one identifier (mbox, openid, account…).')
    if (principal.scope && agent !== principal.scope.agent) {
      throw new LrsError(403, 'A launch session may only use the documents of its own learner.')
    }
    const profileId = params.get('profileId')
    if (!profileId) {
      if (req.method !== 'GET' && req.method !== 'HEAD') throw new LrsError(400, 'profileId is required.')
      const since = params.get('since')
      return sendJson(res, 200, agentProfiles.ids(agent, since ? isoTimestamp(since, 'since') : ''), headers)
    }
    // Agent Profiles are shared across activities: a blind overwrite needs If-Match/If-None-Match (Comm. 2.6).
    return serveDocument(req, res, headers, `agent profile "${profileId}"`, true, {
      get: () => agentProfiles.get(agent, profileId),
      put: (type, content) => agentProfiles.put(agent, profileId, type, content),
      delete: () => agentProfiles.delete(agent, profileId),
    })
  }
}

interface DocumentSlot {
  get(): StateDocument | null
  put(contentType: string, content: Buffer): StateDocument
  delete(): void
}

/** GET, PUT, POST (JSON merge) and DELETE of one document, with ETag preconditions (Communication 2.3–2.6). */
async function serveDocument(
  req: IncomingMessage,
  res: ServerResponse,
  headers: Record<string, string>,
  name: string,
  requireConcurrency: boolean,
  slot: DocumentSlot,
) {
  switch (req.method) {
    case 'GET':
    case 'HEAD': {
      const doc = slot.get()
      if (!doc) throw new LrsError(404, `No ${name}.`)
      res
        .writeHead(200, {
          ...headers,
          'Content-Type': doc.contentType,
          ETag: doc.etag,
          'Last-Modified': new Date(doc.updated).toUTCString(),
          'Cache-Control': 'no-store',
        })
        .end(req.method === 'HEAD' ? undefined : doc.content)
      return
    }
    case 'PUT':
    case 'POST': {
      const body = await readBody(req, STATE_BODY_LIMIT)
      const current = slot.get()
      checkPreconditions(req, current?.etag ?? null)
      if (
        req.method === 'PUT' &&
        requireConcurrency &&
        current &&
        !req.headers['if-match'] &&
        !req.headers['if-none-match']
      ) {
        throw new LrsError(409, `The ${name} exists: send If-Match with its ETag to replace it.`)
      }
      const type = mediaType(req) || 'application/octet-stream'
      let content = body
      if (req.method === 'POST' && current) {
        // POST merges JSON objects (Communication 2.3, "JSON Procedure with Requirements").
        if (type !== 'application/json' || !current.contentType.startsWith('application/json')) {
          throw new LrsError(400, 'POST merges JSON documents only; use PUT to replace a non-JSON document.')
        }
        const [a, b] = [parseJson(current.content), parseJson(body)]
        if (!isObject(a) || !isObject(b)) throw new LrsError(400, 'POST merges JSON objects only.')
        content = Buffer.from(JSON.stringify({ ...a, ...b }))
      }
      const doc = slot.put(type, content)
      res.writeHead(204, { ...headers, ETag: doc.etag }).end()
      return
    }
    case 'DELETE': {
      checkPreconditions(req, slot.get()?.etag ?? null)
      slot.delete()
      res.writeHead(204, headers).end()
      return
    }
    default:
      throw new LrsError(400, `${req.method} is not a method of this document resource.`)
  }
}

/** True when a statement is the scoped learner's, in the scoped registration (or there is no scope). */
function inScope(statement: JsonObject, scope: Principal['scope']): boolean {
  if (!scope) return true
  const registration = isObject(statement.context) ? statement.context.registration : undefined
  return (
    agentKey(statement.actor) === scope.agent &&
    typeof registration === 'string' &&
    registration.toLowerCase() === scope.registration
  )
}

function checkPreconditions(req: IncomingMessage, etag: string | null) {
  const ifMatch = req.headers['if-match']
  const ifNoneMatch = req.headers['if-none-match']
  if (ifMatch && (etag === null || (ifMatch !== '*' && !ifMatch.split(',').some((t) => t.trim() === etag)))) {
    throw new LrsError(412, 'If-Match does not match the current document: it changed since you read it.')
  }
  if (ifNoneMatch === '*' && etag !== null) throw new LrsError(412, 'If-None-Match: * but the document exists.')
}

function parseJson(body: Buffer): unknown {
  try {
    return JSON.parse(body.toString('utf8'))
  } catch (error) {
    throw new LrsError(400, `The body is not valid JSON: ${(error as Error).message}`)
  }
}

function parseJsonParam(params: URLSearchParams, name: string): unknown {
  const raw = params.get(name)
  if (raw === null) return undefined
  try {
    return JSON.parse(raw)
  } catch {
    throw new LrsError(400, `${name}: expected JSON, got ${raw.slice(0, 60)}`)
  }
}

function isoTimestamp(raw: string, name: string): string {
  const ms = Date.parse(raw)
  if (!/^\d{4}-\d\d-\d\dT/.test(raw) || Number.isNaN(ms)) {
    throw new LrsError(400, `${name}: expected an ISO 8601 timestamp, got ${raw}`)
  }
  return new Date(ms).toISOString()
}

function parseBool(params: URLSearchParams, name: string): boolean {
  const raw = params.get(name)
  if (raw === null) return false
  if (raw !== 'true' && raw !== 'false') throw new LrsError(400, `${name}: expected true or false, got ${raw}`)
  return raw === 'true'
}

function parseQuery(params: URLSearchParams): StatementQuery {
  const agentParam = parseJsonParam(params, 'agent')
  const agent = agentParam === undefined ? undefined : agentKey(agentParam)
  if (agent === null) throw new LrsError(400, 'agent: expected an Agent or Group with one identifier.')
  const verb = params.get('verb') ?? undefined
  if (verb !== undefined && !IRI.test(verb)) throw new LrsError(400, `verb: expected an IRI, got ${verb}`)
  const activity = params.get('activity') ?? undefined
  if (activity !== undefined && !IRI.test(activity))
    throw new LrsError(400, `activity: expected an IRI, got ${activity}`)
  const registration = params.get('registration') ?? undefined
  if (registration !== undefined && !UUID.test(registration)) throw new LrsError(400, 'registration: expected a UUID.')
  const rawLimit = params.get('limit')
  const limit = rawLimit === null ? MAX_PAGE : Number(rawLimit)
  if (!Number.isInteger(limit) || limit < 0) throw new LrsError(400, `limit: expected a whole number, got ${rawLimit}`)
  const format = params.get('format')
  if (format !== null && !['exact', 'ids', 'canonical'].includes(format)) {
    throw new LrsError(400, `format: expected exact, ids or canonical, got ${format}`)
  }
  const cursor = params.get('cursor')
  if (cursor !== null && !/^\d+$/.test(cursor)) throw new LrsError(400, 'cursor: not a cursor this LRS issued.')
  const since = params.get('since')
  const until = params.get('until')
  return {
    agent,
    verb,
    activity,
    registration,
    relatedAgents: parseBool(params, 'related_agents'),
    relatedActivities: parseBool(params, 'related_activities'),
    since: since === null ? undefined : isoTimestamp(since, 'since'),
    until: until === null ? undefined : isoTimestamp(until, 'until'),
    limit: limit === 0 ? MAX_PAGE : Math.min(limit, MAX_PAGE),
    ascending: parseBool(params, 'ascending'),
    after: cursor === null ? undefined : Number(cursor),
  }
}
