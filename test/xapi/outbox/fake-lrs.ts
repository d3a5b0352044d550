import type { FetchLike, OutboxStatement } from '../../../src/xapi/outbox/index.ts'

/**
 * A scripted in-memory LRS behind a `fetch`. It stores statements by id as xAPI 1.0.3 requires (atomic
 * batches, never overwriting an id) and can be told to fail the next requests in the ways networks and
 * LRSs fail in the wild.
 */

export type Fault =
  /** The connection fails before the LRS sees the request. */
  | 'drop'
  /** The LRS stores the batch, then the answer is lost: the client must re-send without double storage. */
  | 'drop-after'
  /** No answer until the client aborts; the LRS never saw the request. */
  | 'hang'
  /** The LRS stores the batch, then no answer until the client aborts. */
  | 'hang-after'
  /** Answered with this status without touching the store (500, 503, 429, 404…). */
  | { status: number; retryAfter?: string }

export interface LoggedRequest {
  url: string
  auth: string | null
  keepalive: boolean
  bytes: number
  ids: string[]
  /** HTTP status, or the fault that ended it. */
  outcome: number | 'drop' | 'drop-after' | 'hang' | 'hang-after'
}

export interface FakeLrsOptions {
  endpoint: string
  /** Authorization values accepted; delete one to revoke it. */
  validAuth: Iterable<string>
  /**
   * What an existing id gets: 'compare' (LearningLocker: 200 if identical, 409 if the body differs) or
   * 'conflict' (ADL LRS: 409 for any existing id).
   */
  existingIds?: 'compare' | 'conflict'
  /** Statements this LRS rejects with 400. */
  isInvalid?: (statement: OutboxStatement) => boolean
  /** Value of the Date response header. */
  date?: () => string
}

const encoder = new TextEncoder()

export class FakeLrs {
  readonly endpoint: string
  readonly validAuth: Set<string>
  existingIds: 'compare' | 'conflict'
  /** Stored bodies by id (as JSON text). */
  readonly stored = new Map<string, string>()
  /** How many times each id was written to the store: must never exceed 1. */
  readonly storeCount = new Map<string, number>()
  /** Ids in the order they were stored. */
  readonly order: string[] = []
  readonly requests: LoggedRequest[] = []
  /** Re-sends of an already stored, identical statement that were answered 2xx or 409. */
  resends = 0
  /** Faults for the next requests, first come first served; then `faultPlan`, if any. */
  readonly faults: Fault[] = []
  faultPlan: (() => Fault | null) | null = null
  keepaliveInFlight = 0
  maxKeepaliveInFlight = 0
  inFlight = 0
  maxInFlight = 0

  private readonly isInvalid: (statement: OutboxStatement) => boolean
  private readonly date: () => string
  private readonly liveHangs = new Set<() => void>()
  private hangWaiters: (() => void)[] = []
  private requestWaiters: { count: number; resolve: () => void }[] = []
  private epoch = 0

  constructor(options: FakeLrsOptions) {
    this.endpoint = options.endpoint
    this.validAuth = new Set(options.validAuth)
    this.existingIds = options.existingIds ?? 'compare'
    this.isInvalid = options.isInvalid ?? (() => false)
    this.date = options.date ?? (() => new Date(0).toUTCString())
  }

  /** Resolves once a request is hanging (at once if one already is). */
  waitForHang(): Promise<void> {
    if (this.liveHangs.size > 0) return Promise.resolve()
    return new Promise((resolve) => this.hangWaiters.push(resolve))
  }

  /** Resolves once `count` requests have arrived in all. */
  waitForRequests(count: number): Promise<void> {
    if (this.requests.length >= count) return Promise.resolve()
    return new Promise((resolve) => this.requestWaiters.push({ count, resolve }))
  }

  /**
   * The page died: the requests it already made (hanging now or later) will never settle and do not count
   * as live hangs.
   */
  forgetHangs(): void {
    this.epoch += 1
    this.liveHangs.clear()
  }

  readonly fetch: FetchLike = async (url, init) => {
    const headers = new Headers(init.headers)
    const body = typeof init.body === 'string' ? init.body : ''
    const bytes = encoder.encode(body).length
    const keepalive = init.keepalive === true
    const epoch = this.epoch
    let ids: string[] = []
    try {
      const parsed: unknown = JSON.parse(body)
      ids = (Array.isArray(parsed) ? parsed : [parsed]).map((s: { id?: string }) => s.id ?? '')
    } catch {
      // logged with no ids; answered 400 below
    }
    const logged: LoggedRequest = { url, auth: headers.get('Authorization'), keepalive, bytes, ids, outcome: 0 }
    this.requests.push(logged)
    for (const waiter of this.requestWaiters.filter((w) => this.requests.length >= w.count)) waiter.resolve()
    this.requestWaiters = this.requestWaiters.filter((w) => this.requests.length < w.count)

    this.inFlight += 1
    this.maxInFlight = Math.max(this.maxInFlight, this.inFlight)
    if (keepalive) {
      this.keepaliveInFlight += bytes
      this.maxKeepaliveInFlight = Math.max(this.maxKeepaliveInFlight, this.keepaliveInFlight)
    }
    try {
      await Promise.resolve() // a request is never answered synchronously
      const fault = this.faults.shift() ?? this.faultPlan?.() ?? null
      if (fault === 'drop') {
        logged.outcome = 'drop'
        throw new TypeError('Failed to fetch')
      }
      if (fault === 'hang') {
        logged.outcome = 'hang'
        return await this.hang(init.signal, epoch)
      }
      if (fault !== null && typeof fault === 'object') {
        logged.outcome = fault.status
        return this.respond(fault.status, null, fault.retryAfter)
      }
      const { status, stored } = this.handle(url, init.method ?? 'GET', headers, body)
      if (fault === 'drop-after') {
        logged.outcome = 'drop-after'
        throw new TypeError('Failed to fetch')
      }
      if (fault === 'hang-after') {
        logged.outcome = 'hang-after'
        return await this.hang(init.signal, epoch)
      }
      logged.outcome = status
      return this.respond(status, stored)
    } finally {
      this.inFlight -= 1
      if (keepalive) this.keepaliveInFlight -= bytes
    }
  }

  private hang(signal: AbortSignal | null | undefined, epoch: number): Promise<never> {
    return new Promise((_, reject) => {
      const abort = () => {
        this.liveHangs.delete(abort)
        reject(new DOMException('The operation was aborted.', 'AbortError'))
      }
      if (signal?.aborted) return abort()
      signal?.addEventListener('abort', abort)
      if (epoch !== this.epoch) return // made by a page that has died since
      this.liveHangs.add(abort)
      for (const waiter of this.hangWaiters.splice(0)) waiter()
    })
  }

  private respond(status: number, ids: string[] | null, retryAfter?: string): Response {
    const headers = new Headers({ 'Content-Type': 'application/json', Date: this.date() })
    if (retryAfter !== undefined) headers.set('Retry-After', retryAfter)
    return new Response(ids ? JSON.stringify(ids) : '{}', { status, headers })
  }

  /** POST /statements as an LRS does it: all or nothing. */
  private handle(url: string, method: string, headers: Headers, body: string): { status: number; stored: string[] } {
    const none = { stored: [] }
    if (url !== `${this.endpoint}statements` || method !== 'POST') return { status: 404, ...none }
    if (headers.get('X-Experience-API-Version') !== '1.0.3') return { status: 400, ...none }
    if (!this.validAuth.has(headers.get('Authorization') ?? '')) return { status: 401, ...none }
    if (headers.get('Content-Type') !== 'application/json') return { status: 400, ...none }
    let statements: OutboxStatement[]
    try {
      const parsed: unknown = JSON.parse(body)
      statements = (Array.isArray(parsed) ? parsed : [parsed]) as OutboxStatement[]
    } catch {
      return { status: 400, ...none }
    }
    const ids = statements.map((s) => s.id)
    if (new Set(ids).size !== ids.length || ids.some((id) => typeof id !== 'string')) return { status: 400, ...none }
    if (statements.some((s) => this.isInvalid(s))) return { status: 400, ...none }
    const existing = statements.filter((s) => this.stored.has(s.id))
    this.resends += existing.filter((s) => this.stored.get(s.id) === JSON.stringify(s)).length
    const conflict = existing.some(
      (s) => this.existingIds === 'conflict' || this.stored.get(s.id) !== JSON.stringify(s),
    )
    if (conflict) return { status: 409, ...none }
    for (const statement of statements) {
      if (this.stored.has(statement.id)) continue
      this.stored.set(statement.id, JSON.stringify(statement))
      this.storeCount.set(statement.id, (this.storeCount.get(statement.id) ?? 0) + 1)
      this.order.push(statement.id)
    }
    return { status: 200, stored: ids }
  }
}

/** Sends each request to the fake LRS whose endpoint its URL starts with; unknown hosts refuse the connection. */
export function routeTo(lrss: readonly FakeLrs[]): FetchLike {
  return (url, init) => {
    const lrs = lrss.find((l) => url.startsWith(l.endpoint))
    return lrs ? lrs.fetch(url, init) : Promise.reject(new TypeError('Failed to fetch'))
  }
}

let counter = 0

/** A complete statement with a fresh UUID-shaped id, as the statement builders will hand them over. */
export function makeStatement(index: number, extra: Partial<OutboxStatement> = {}): OutboxStatement {
  counter += 1
  return {
    id: `00000000-0000-4000-8000-${counter.toString(16).padStart(12, '0')}`,
    actor: { objectType: 'Agent', account: { homePage: 'https://lms.example', name: `learner-${index % 7}` } },
    verb: { id: 'http://adlnet.gov/expapi/verbs/experienced', display: { 'en-US': 'experienced' } },
    object: { objectType: 'Activity', id: `https://resus.example/xapi/activities/step-${index}` },
    timestamp: new Date(Date.UTC(2025, 0, 1) + index * 1000).toISOString(),
    ...extra,
  }
}

/** Marks a statement as one the fake LRS rejects (400). */
export const INVALID_VERB = 'https://resus.example/xapi/verbs/invalid'
export const isFlaggedInvalid = (statement: OutboxStatement) => statement.verb.id === INVALID_VERB

/** The value, or a test failure: indexing arrays gives `T | undefined` under noUncheckedIndexedAccess. */
export function must<T>(value: T | undefined): T {
  if (value === undefined) throw new Error('expected a value')
  return value
}
