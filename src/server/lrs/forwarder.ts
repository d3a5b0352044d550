import type { JsonObject } from './agent-key.ts'
import type { LrsDatabase } from './lrs-db.ts'

export interface UpstreamLrs {
  /** Statements resource base, ending in '/', e.g. https://lrs.example.org/xapi/ */
  endpoint: string
  username: string
  password: string
}

export interface ForwarderStatus {
  endpoint: string
  /** Statements stored here and not yet acknowledged upstream. */
  behind: number
  rejected: number
  lastError: string | null
}

interface ForwarderOptions {
  db: LrsDatabase
  upstream: UpstreamLrs
  fetch?: typeof fetch
  /** Delay before the first retry after a failure; doubles up to maxBackoffMs. */
  backoffMs?: number
  maxBackoffMs?: number
  idleMs?: number
  timeoutMs?: number
}

const BATCH = 50
/** The upstream LRS sets these itself (Data 2.4.8–2.4.10); a client should not send them. */
const LRS_SET = ['stored', 'authority', 'version']

/**
 * Copies every statement of the embedded LRS, in order, to another (conformant) LRS, so that a
 * stand-alone install can report to an organisation's LRS without its credentials ever reaching a
 * browser. The cursor is in the database: after a restart or an outage forwarding resumes where the
 * upstream stopped acknowledging, and since statement ids travel with them a re-send stores nothing twice.
 */
export function createForwarder(options: ForwarderOptions) {
  const { db, upstream } = options
  const send = options.fetch ?? fetch
  const endpoint = upstream.endpoint.endsWith('/') ? upstream.endpoint : `${upstream.endpoint}/`
  const auth = `Basic ${Buffer.from(`${upstream.username}:${upstream.password}`).toString('base64')}`
  const sql = {
    cursor: db.prepare<[string], { last_seq: number }>('SELECT last_seq FROM forward_cursor WHERE endpoint = ?'),
    advance: db.prepare(
      `INSERT INTO forward_cursor (endpoint, last_seq) VALUES (?, ?)
       ON CONFLICT (endpoint) DO UPDATE SET last_seq = max(last_seq, excluded.last_seq)`,
    ),
    next: db.prepare<[number, number], { seq: number; body: string }>(
      'SELECT seq, body FROM statements WHERE seq > ? ORDER BY seq LIMIT ?',
    ),
    behind: db.prepare<[number], { n: number }>('SELECT count(*) AS n FROM statements WHERE seq > ?'),
    reject: db.prepare('INSERT INTO forward_rejects (endpoint, seq, reason, at) VALUES (?, ?, ?, ?)'),
    rejected: db.prepare<[string], { n: number }>('SELECT count(*) AS n FROM forward_rejects WHERE endpoint = ?'),
  }
  const lastSeq = () => sql.cursor.get(endpoint)?.last_seq ?? 0
  let lastError: string | null = null
  let timer: NodeJS.Timeout | null = null
  let stopped = false
  let failures = 0

  const post = async (bodies: string[]): Promise<number | string> => {
    const statements = bodies.map((b) => {
      const s = JSON.parse(b) as JsonObject
      for (const key of LRS_SET) Reflect.deleteProperty(s, key)
      return s
    })
    try {
      const res = await send(`${endpoint}statements`, {
        method: 'POST',
        headers: { Authorization: auth, 'Content-Type': 'application/json', 'X-Experience-API-Version': '1.0.3' },
        body: JSON.stringify(statements),
        signal: AbortSignal.timeout(options.timeoutMs ?? 15_000),
      })
      await res.arrayBuffer().catch(() => undefined)
      return res.status
    } catch (error) {
      return error instanceof Error ? error.message : String(error)
    }
  }

  /** Sends one batch; returns whether it went through (advancing the cursor), else why not. */
  const forward = async (rows: { seq: number; body: string }[]): Promise<true | string> => {
    const outcome = await post(rows.map((r) => r.body))
    const last = rows.at(-1)?.seq ?? 0
    const delivered = () => {
      sql.advance.run(endpoint, last)
      return true as const
    }
    if (outcome === 200 || outcome === 204) return delivered()
    // One bad (or, to an LRS that answers 409 to any known id, one already stored) statement fails a
    // whole batch: go one by one to deliver the rest.
    if ((outcome === 400 || outcome === 409 || outcome === 413) && rows.length > 1) {
      for (const row of rows) {
        const single = await forward([row])
        if (single !== true) return single
      }
      return true
    }
    if (outcome === 409) return delivered() // the upstream already holds this id
    if (outcome === 400 || outcome === 413) {
      // Refused for what it is: retrying cannot help. Kept in forward_rejects for the administrator.
      sql.reject.run(endpoint, last, `upstream answered ${outcome}`, new Date().toISOString())
      return delivered()
    }
    return typeof outcome === 'number' ? `upstream answered ${outcome}` : `upstream unreachable: ${outcome}`
  }

  const pump = async (): Promise<void> => {
    timer = null
    if (stopped) return
    let delay = options.idleMs ?? 1000
    const rows = sql.next.all(lastSeq(), BATCH)
    if (rows.length > 0) {
      const result = await forward(rows)
      if (result === true) {
        failures = 0
        lastError = null
        if (rows.length === BATCH) delay = 0
      } else {
        if (lastError !== result) console.warn(`Forwarding to ${endpoint}: ${result}; retrying.`)
        lastError = result
        failures += 1
        delay = Math.min((options.backoffMs ?? 1000) * 2 ** (failures - 1), options.maxBackoffMs ?? 300_000)
      }
    }
    if (!stopped) timer = setTimeout(() => void pump(), delay)
  }

  return {
    start() {
      stopped = false
      if (!timer) timer = setTimeout(() => void pump(), 0)
    },
    stop() {
      stopped = true
      if (timer) clearTimeout(timer)
      timer = null
    },
    status(): ForwarderStatus {
      return {
        endpoint,
        behind: sql.behind.get(lastSeq())?.n ?? 0,
        rejected: sql.rejected.get(endpoint)?.n ?? 0,
        lastError,
      }
    },
  }
}

export type Forwarder = ReturnType<typeof createForwarder>
