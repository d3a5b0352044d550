import { randomUUID } from 'node:crypto'
import type { JsonObject } from './agent-key.ts'
import { isObject, statementActivities, statementAgents } from './agent-key.ts'
import type { LrsDatabase } from './lrs-db.ts'
import { voidingTarget } from './validate-statement.ts'

/** A request the LRS refuses as a whole, with the HTTP status and a message that says why. */
export class LrsError extends Error {
  constructor(
    readonly status: 400 | 403 | 404 | 409 | 412 | 413 | 428,
    message: string,
  ) {
    super(message)
  }
}

export interface StatementQuery {
  agent?: string | undefined
  verb?: string | undefined
  activity?: string | undefined
  registration?: string | undefined
  relatedAgents?: boolean | undefined
  relatedActivities?: boolean | undefined
  /** Stored after (exclusive) / at or before (inclusive), as ISO 8601 UTC. */
  since?: string | undefined
  until?: string | undefined
  limit: number
  ascending: boolean
  /** Paging: continue after this seq (from a `more` link). */
  after?: number | undefined
}

export interface QueryPage {
  statements: JsonObject[]
  /** seq of the last statement when more follow, else null. */
  next: number | null
}

/** Properties the LRS sets; two statements with one id are "the same" when all else matches (Data 2.3.1). */
const LRS_SET = new Set(['stored', 'authority', 'version'])

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`
  if (isObject(value)) {
    return `{${Object.keys(value)
      .filter((k) => !LRS_SET.has(k))
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical(value[k])}`)
      .join(',')}}`
  }
  return JSON.stringify(value)
}

export function createStatementStore(db: LrsDatabase) {
  const sql = {
    byId: db.prepare<[string], { seq: number; received: string; voided: number; voiding_target: string | null }>(
      'SELECT seq, received, voided, voiding_target FROM statements WHERE id = ?',
    ),
    insert: db.prepare(
      `INSERT INTO statements (id, stored, timestamp, verb, registration, voided, voiding_target, received, body)
       VALUES (@id, @stored, @timestamp, @verb, @registration, @voided, @voidingTarget, @received, @body)`,
    ),
    agent: db.prepare('INSERT INTO statement_agents (seq, agent, related) VALUES (?, ?, ?)'),
    activity: db.prepare('INSERT INTO statement_activities (seq, activity, related) VALUES (?, ?, ?)'),
    isVoidedByStored: db.prepare<[string], { n: number }>(
      'SELECT count(*) AS n FROM statements WHERE voiding_target = ? AND voided = 0',
    ),
    markVoided: db.prepare('UPDATE statements SET voided = 1 WHERE id = ?'),
    body: db.prepare<[string], { body: string; voided: number }>('SELECT body, voided FROM statements WHERE id = ?'),
    lastStored: db.prepare<[], { stored: string }>('SELECT stored FROM statements ORDER BY seq DESC LIMIT 1'),
  }

  let lastStored = sql.lastStored.get()?.stored ?? ''
  /** `stored` never goes backwards, even if the host clock does, so `since` paging stays sound. */
  const nextStored = () => {
    const now = new Date().toISOString()
    lastStored = now > lastStored ? now : lastStored
    return lastStored
  }

  const insertOne = (statement: JsonObject, authority: JsonObject): string => {
    const id = typeof statement.id === 'string' ? statement.id.toLowerCase() : randomUUID()
    const received = canonical({ ...statement, id })
    const existing = sql.byId.get(id)
    if (existing) {
      if (existing.received === received) return id // an identical re-send changes nothing
      throw new LrsError(409, `Statement ${id} already exists with different content; statements are immutable.`)
    }
    const target = voidingTarget(statement)
    if (target) {
      const voided = sql.byId.get(target.toLowerCase())
      if (voided?.voiding_target) {
        throw new LrsError(400, `statement.object.id: ${target} is itself a voiding statement and cannot be voided.`)
      }
      if (voided) sql.markVoided.run(target.toLowerCase())
    }
    const stored = nextStored()
    const body: JsonObject = {
      ...statement,
      id,
      timestamp: typeof statement.timestamp === 'string' ? statement.timestamp : stored,
      stored,
      authority,
      version: typeof statement.version === 'string' ? statement.version : '1.0.0',
    }
    const { lastInsertRowid } = sql.insert.run({
      id,
      stored,
      timestamp: body.timestamp,
      verb: isObject(statement.verb) ? String(statement.verb.id) : '',
      registration:
        isObject(statement.context) && typeof statement.context.registration === 'string'
          ? statement.context.registration.toLowerCase()
          : null,
      // A voiding statement may arrive before its target.
      voided: sql.isVoidedByStored.get(id)?.n ? 1 : 0,
      voidingTarget: target?.toLowerCase() ?? null,
      received,
      body: JSON.stringify(body),
    })
    const seq = Number(lastInsertRowid)
    const agents = statementAgents(body)
    for (const a of agents.direct) sql.agent.run(seq, a, 0)
    for (const a of agents.related) sql.agent.run(seq, a, 1)
    const activities = statementActivities(body)
    for (const a of activities.direct) sql.activity.run(seq, a, 0)
    for (const a of activities.related) sql.activity.run(seq, a, 1)
    return id
  }

  /** Stores a batch atomically (xAPI: one rejected statement rejects the batch); answers once committed. */
  const insertBatch = db.transaction((statements: JsonObject[], authority: JsonObject) =>
    statements.map((s) => insertOne(s, authority)),
  )

  return {
    insert(statements: JsonObject[], authority: JsonObject): string[] {
      const seen = new Set<string>()
      statements.forEach((s, i) => {
        if (typeof s.id !== 'string') return
        const id = s.id.toLowerCase()
        if (seen.has(id)) throw new LrsError(400, `statements[${i}].id: ${id} appears twice in one batch.`)
        seen.add(id)
      })
      return insertBatch(statements, authority)
    },

    /** A statement by id; `voided` selects voided ones only (voidedStatementId), else non-voided ones. */
    get(id: string, voided: boolean): JsonObject | null {
      const row = sql.body.get(id.toLowerCase())
      if (!row || Boolean(row.voided) !== voided) return null
      return JSON.parse(row.body) as JsonObject
    },

    query(q: StatementQuery): QueryPage {
      const where = ['voided = 0']
      const params: (string | number)[] = []
      const filter = (clause: string, value: string | number | undefined) => {
        if (value === undefined || value === '') return
        where.push(clause)
        params.push(value)
      }
      const directOnly = (related: boolean | undefined) => (related ? '' : ' AND related = 0')
      filter('verb = ?', q.verb)
      filter('registration = ?', q.registration?.toLowerCase())
      filter('stored > ?', q.since)
      filter('stored <= ?', q.until)
      filter(`seq IN (SELECT seq FROM statement_agents WHERE agent = ?${directOnly(q.relatedAgents)})`, q.agent)
      filter(
        `seq IN (SELECT seq FROM statement_activities WHERE activity = ?${directOnly(q.relatedActivities)})`,
        q.activity,
      )
      filter(q.ascending ? 'seq > ?' : 'seq < ?', q.after)
      const rows = db
        .prepare<(string | number)[], { seq: number; body: string }>(
          `SELECT seq, body FROM statements WHERE ${where.join(' AND ')}
           ORDER BY seq ${q.ascending ? 'ASC' : 'DESC'} LIMIT ${q.limit + 1}`,
        )
        .all(...params)
      const page = rows.slice(0, q.limit)
      return {
        statements: page.map((r) => JSON.parse(r.body) as JsonObject),
        next: rows.length > q.limit ? (page.at(-1)?.seq ?? null) : null,
      }
    },
  }
}

export type StatementStore = ReturnType<typeof createStatementStore>
