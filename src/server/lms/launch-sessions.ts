import { createHash, randomBytes, randomUUID } from 'node:crypto'
import { basicCredentials, sameSecret } from '../lrs/auth.ts'
import type { Authenticate } from '../lrs/auth.ts'
import type { JsonObject } from '../lrs/agent-key.ts'
import { agentKey } from '../lrs/agent-key.ts'
import type { LrsDatabase } from '../lrs/lrs-db.ts'

export type LaunchMode = 'Normal' | 'Browse' | 'Review'

export interface LaunchRequest {
  actor: JsonObject
  activityId: string
  scenarioId: string
  launchMode: LaunchMode
  /** A new attempt gets a new registration; relaunching an enrolment passes its registration. */
  registration?: string
}

export interface Launch {
  registration: string
  sessionId: string
  /** One-time code in the fetch URL; the token it gives is what the AU authenticates with. */
  fetchCode: string
}

/** A fetch code that was not used within this time is refused (the learner relaunches). */
const FETCH_CODE_TTL_MS = 60 * 60_000

const hash = (secret: string) => createHash('sha256').update(secret).digest('hex')

/**
 * The local LMS's launch sessions (cmi5 8.2): each launch gets a session id, a one-time fetch code
 * and a token, stored hashed. The token authenticates the AU to the embedded LRS for that learner and
 * registration only, and may not void (cmi5 6.3).
 */
export function createLaunchSessions(db: LrsDatabase) {
  const sql = {
    insert: db.prepare(
      `INSERT INTO launch_sessions (registration, session_id, actor, actor_key, activity_id, scenario_id, launch_mode,
         fetch_code_hash, token_hash, created)
       VALUES (@registration, @sessionId, @actor, @actorKey, @activityId, @scenarioId, @launchMode, @fetchCodeHash,
         @tokenHash, @created)`,
    ),
    byCode: db.prepare<[string], { session_id: string; fetched: number; created: string }>(
      'SELECT session_id, fetched, created FROM launch_sessions WHERE fetch_code_hash = ?',
    ),
    markFetched: db.prepare('UPDATE launch_sessions SET fetched = 1, token_hash = ? WHERE session_id = ?'),
    bySession: db.prepare<[string], { token_hash: string; actor_key: string; registration: string; fetched: number }>(
      'SELECT token_hash, actor_key, registration, fetched FROM launch_sessions WHERE session_id = ?',
    ),
    recent: db.prepare<
      [number],
      {
        registration: string
        session_id: string
        actor: string
        scenario_id: string
        launch_mode: string
        created: string
      }
    >(
      `SELECT registration, session_id, actor, scenario_id, launch_mode, created FROM launch_sessions
       ORDER BY created DESC LIMIT ?`,
    ),
  }

  return {
    create(request: LaunchRequest): Launch {
      const actorKey = agentKey(request.actor)
      if (!actorKey) throw new Error('A launch needs an actor with an account.')
      const launch = {
        registration: request.registration ?? randomUUID(),
        sessionId: randomUUID(),
        fetchCode: randomBytes(24).toString('base64url'),
      }
      sql.insert.run({
        registration: launch.registration,
        sessionId: launch.sessionId,
        actor: JSON.stringify(request.actor),
        actorKey,
        activityId: request.activityId,
        scenarioId: request.scenarioId,
        launchMode: request.launchMode,
        fetchCodeHash: hash(launch.fetchCode),
        // No token exists until the AU fetches it; a random placeholder keeps the column unique.
        tokenHash: hash(randomBytes(24).toString('base64url')),
        created: new Date().toISOString(),
      })
      return launch
    },

    /**
     * Exchanges a fetch code for the auth token, once (cmi5 8.2.3): a second call, or a call after the
     * code expired, gets the cmi5 error codes 1 (already used) or 2 (unknown or expired).
     */
    fetchToken(code: string, now = Date.now()): { token: string } | { errorCode: '1' | '2'; errorText: string } {
      const row = sql.byCode.get(hash(code))
      if (!row || now - Date.parse(row.created) > FETCH_CODE_TTL_MS) {
        return { errorCode: '2', errorText: 'This launch link is unknown or expired: launch the activity again.' }
      }
      if (row.fetched) return { errorCode: '1', errorText: 'This launch link was already used.' }
      const secret = randomBytes(24).toString('base64url')
      sql.markFetched.run(hash(secret), row.session_id)
      return { token: Buffer.from(`${row.session_id}:${secret}`).toString('base64') }
    },

    authenticate: ((authorization) => {
      const given = basicCredentials(authorization)
      if (!given) return null
      const row = sql.bySession.get(given.username)
      if (!row?.fetched || !sameSecret(hash(given.password), row.token_hash)) return null
      return {
        name: `cmi5-session-${given.username}`,
        canVoid: false,
        scope: { agent: row.actor_key, registration: row.registration },
      }
    }) satisfies Authenticate,

    recent(limit = 50) {
      return sql.recent.all(limit).map((r) => ({
        registration: r.registration,
        sessionId: r.session_id,
        actor: JSON.parse(r.actor) as JsonObject,
        scenarioId: r.scenario_id,
        launchMode: r.launch_mode as LaunchMode,
        created: r.created,
      }))
    },
  }
}

export type LaunchSessions = ReturnType<typeof createLaunchSessions>
