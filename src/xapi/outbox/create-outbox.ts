import { classifyResponse } from './classify-response.ts'
import { targetKey, type OutboxRecord, type OutboxStorage } from './outbox-storage.ts'
import {
  postStatements,
  type FetchLike,
  type OutboxStatement,
  type OutboxTarget,
  type Timers,
} from './send-statements.ts'

/**
 * The durable xAPI statement outbox: statements are written to IndexedDB first and delivered from there,
 * so a dropped connection, a closed headset or a reload loses nothing, and a re-send never stores a
 * statement twice because its id was fixed when the event happened.
 */

export interface OutboxStatus {
  /** Waiting to be delivered (due, backing off, or held by a pause). */
  pending: number
  /** Rejected by the LRS one by one; kept, never resent. */
  quarantined: number
  /** 'auth': the LRS refused the credentials; nothing is sent until `resume` or `retarget`. */
  paused: 'auth' | null
  lastError: string | null
  lastDeliveredAt: number | null
  /** A request is in flight. */
  sending: boolean
}

/** The parts of `window` the outbox listens to (a `Window` fits). */
export interface OutboxHost {
  addEventListener(type: string, listener: () => void): void
  removeEventListener(type: string, listener: () => void): void
  readonly document?: { readonly visibilityState: string }
  /** When the browser knows it is offline, nothing is sent until its `online` event. */
  readonly navigator?: { readonly onLine: boolean }
}

/**
 * Host dependencies are injected so tests run deterministically in Node; the clock, randomness and timers
 * default to the host's (Date.now, Math.random, setTimeout, clearTimeout).
 */
export interface OutboxOptions extends Partial<Timers> {
  storage: OutboxStorage
  fetch: FetchLike
  now?: () => number
  /** Uniform in [0, 1): backoff jitter. */
  random?: () => number
  /** Where `start()` listens for online / visibilitychange / pagehide; leave out where there is no window. */
  host?: OutboxHost
  /** Statements per POST. */
  batchSize?: number
  /** Total keepalive body bytes one final flush may put in flight (Fetch allows 64 KiB for the whole page). */
  keepaliveBudgetBytes?: number
  timeoutMs?: number
  /** Period of the background drain that `start()` runs. */
  pollIntervalMs?: number
}

export interface Outbox {
  /** Resolves once the statements are durably stored; delivery follows shortly. */
  enqueue(target: OutboxTarget, statements: readonly OutboxStatement[]): Promise<void>
  /**
   * Delivers everything due now. `final`: the page is going away, so requests use `keepalive` and stay within
   * the keepalive byte budget; what does not fit stays queued for the next visit. Never rejects.
   */
  flush(options?: { final?: boolean }): Promise<void>
  /**
   * Lifts an auth pause (of one target, or all) after the credentials became valid again, and starts a drain
   * (`whenIdle` waits for it).
   */
  resume(target?: OutboxTarget): void
  /**
   * New credentials for the same LRS: every queued statement for `endpoint` is sent with `auth` from now on.
   * Resolves once that is stored; the drain it starts runs on (`whenIdle` waits for it).
   */
  retarget(endpoint: string, auth: string): Promise<void>
  /** The current status (a stable object until it changes). Counts read 0 until the first storage read lands. */
  status(): OutboxStatus
  /** Called with the new status on every change; returns the unsubscribe function. */
  subscribe(listener: (status: OutboxStatus) => void): () => void
  quarantined(): Promise<OutboxRecord[]>
  /** Resolves when no drain is running. */
  whenIdle(): Promise<void>
  /** Listens to the host's online / visibilitychange / pagehide and drains every `pollIntervalMs`. */
  start(): void
  /** Removes the listeners and timers; `flush` still works. */
  stop(): void
}

const DEFAULT_BATCH_SIZE = 50
const DEFAULT_KEEPALIVE_BUDGET = 60 * 1024
const DEFAULT_POLL_MS = 30_000
/** Records one drain pass loads; a longer queue is taken in several passes. */
const PASS_LIMIT = 5_000

const encoder = new TextEncoder()
const jsonBytes = (value: unknown) => encoder.encode(JSON.stringify(value)).length

/** An LRS base URL must end in '/' for `${endpoint}statements`; cmi5 launch URLs often omit it. */
const normalizeTarget = (target: OutboxTarget): OutboxTarget => ({
  endpoint: target.endpoint.endsWith('/') ? target.endpoint : `${target.endpoint}/`,
  auth: target.auth,
})

const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error))

type Step = 'continue' | 'stop'

export function createOutbox(options: OutboxOptions): Outbox {
  const { storage, host, fetch: send } = options
  const now = options.now ?? Date.now
  const random = options.random ?? Math.random
  const setTimer: Timers['setTimer'] = options.setTimer ?? setTimeout
  const clearTimer: Timers['clearTimer'] = options.clearTimer ?? clearTimeout
  const batchSize = Math.max(1, options.batchSize ?? DEFAULT_BATCH_SIZE)
  const keepaliveBudget = options.keepaliveBudgetBytes ?? DEFAULT_KEEPALIVE_BUDGET
  const pollIntervalMs = options.pollIntervalMs ?? DEFAULT_POLL_MS
  const timeoutOption = options.timeoutMs === undefined ? {} : { timeoutMs: options.timeoutMs }

  /** Target keys whose credentials were refused. In memory: after a reload one request finds out again. */
  const paused = new Set<string>()
  let running: Promise<void> | null = null
  let rerun = false
  /** Bytes the current final flush may still send with keepalive; null outside a final flush. */
  let finalBudget: number | null = null
  /** Keepalive bytes in flight, from any flush: they count against the browser's 64 KiB until answered. */
  let keepaliveInFlight = 0
  let inFlight = 0
  /** Bumped by `retarget`: a pass that loaded records before it must not send them with the old credentials. */
  let generation = 0
  /** Set by the `online` event: the next pass ignores backoff, since the failures were likely from being offline. */
  let ignoreBackoff = false
  /** The endpoint whose failure `lastError` describes (null: none in particular); a delivery there clears it. */
  let lastErrorEndpoint: string | null = null
  let timersEnabled = true
  let soonTimer: unknown = null
  let retryTimer: unknown = null
  let pollTimer: unknown = null
  let listening = false

  let snapshot: OutboxStatus = {
    pending: 0,
    quarantined: 0,
    paused: null,
    lastError: null,
    lastDeliveredAt: null,
    sending: false,
  }
  const listeners = new Set<(status: OutboxStatus) => void>()

  const publish = (change: Partial<OutboxStatus> = {}) => {
    const next: OutboxStatus = {
      ...snapshot,
      ...change,
      paused: paused.size > 0 ? 'auth' : null,
      sending: inFlight > 0,
    }
    const same = (Object.keys(next) as (keyof OutboxStatus)[]).every((k) => next[k] === snapshot[k])
    if (same) return
    snapshot = next
    for (const listener of listeners) listener(snapshot)
  }

  const reportError = (endpoint: string | null, message: string) => {
    lastErrorEndpoint = endpoint
    publish({ lastError: message })
  }

  const refreshCounts = async () => {
    try {
      publish(await storage.counts())
    } catch (error) {
      reportError(null, `storage: ${errorText(error)}`)
    }
  }

  // ---- draining -------------------------------------------------------------------------------------------

  /** One drain at a time: a flush during a drain joins it and makes it run one more pass, so no id is sent twice concurrently. */
  const drain = (final: boolean, wakeAll = false): Promise<void> => {
    if (wakeAll) ignoreBackoff = true
    if (final && finalBudget === null) finalBudget = Math.max(0, keepaliveBudget - keepaliveInFlight)
    if (running) {
      rerun = true
      return running
    }
    const run = (async () => {
      await Promise.resolve() // let `running` be assigned before the loop can finish
      for (;;) {
        rerun = false
        try {
          await drainPass()
        } catch (error) {
          reportError(null, `storage: ${errorText(error)}`)
        }
        await refreshCounts()
        await armRetryTimer()
        if (!rerun) {
          // Cleared synchronously with the last check, so a flush arriving now starts a fresh drain.
          running = null
          finalBudget = null
          return
        }
      }
    })()
    running = run
    return run
  }

  const drainPass = async () => {
    // Offline: every request would fail (and log an error); the `online` event drains at once.
    if (host?.navigator?.onLine === false) return
    const gen = generation
    const due = await storage.pending(PASS_LIMIT, ignoreBackoff ? Infinity : now())
    ignoreBackoff = false
    const byTarget = new Map<string, OutboxRecord[]>()
    for (const record of due) {
      const key = targetKey(record.target)
      const list = byTarget.get(key)
      if (list) list.push(record)
      else byTarget.set(key, [record])
    }
    // Targets drain in parallel; within one, a single request at a time, in seq order. allSettled: a pass
    // must not end (and another begin) while some target of it still has a request in flight.
    const outcomes = await Promise.allSettled([...byTarget].map(([key, records]) => drainTarget(key, records, gen)))
    for (const outcome of outcomes) if (outcome.status === 'rejected') throw outcome.reason
    if (due.length === PASS_LIMIT && outcomes.some((o) => o.status === 'fulfilled' && o.value)) rerun = true
  }

  /** Returns whether anything was sent. */
  const drainTarget = async (key: string, records: OutboxRecord[], gen: number): Promise<boolean> => {
    let sent = false
    let rest = records
    while (rest.length > 0 && !paused.has(key) && gen === generation) {
      let batch = rest.slice(0, batchSize)
      if (finalBudget !== null) batch = fitKeepaliveBudget(batch, finalBudget)
      if (batch.length === 0) break
      rest = rest.slice(batch.length)
      sent = true
      if ((await sendBatch(key, batch, gen)) === 'stop') break
    }
    return sent
  }

  const bodyBytes = (batch: readonly OutboxRecord[]) =>
    batch.reduce((sum, r) => sum + jsonBytes(r.statement), 1 + batch.length) // '[' + ','·(n−1) + ']'

  /** The longest prefix whose JSON body fits in `budget` bytes. */
  const fitKeepaliveBudget = (batch: OutboxRecord[], budget: number) => {
    let bytes = 1
    let count = 0
    for (const record of batch) {
      bytes += jsonBytes(record.statement) + 1
      if (bytes > budget) break
      count += 1
    }
    return batch.slice(0, count)
  }

  const sendBatch = async (key: string, batch: OutboxRecord[], gen: number): Promise<Step> => {
    if (paused.has(key) || gen !== generation) return 'stop'
    const first = batch[0]
    if (!first) return 'continue'
    let keepaliveBytes = 0
    if (finalBudget !== null) {
      keepaliveBytes = bodyBytes(batch)
      if (keepaliveBytes > finalBudget) return 'stop' // stays queued for the next visit
      finalBudget -= keepaliveBytes
      keepaliveInFlight += keepaliveBytes
    }
    const ids = batch.map((r) => r.id)
    const allTried = batch.every((r) => r.tried)
    const attempt = Math.max(...batch.map((r) => r.attempts)) + 1
    // Persisted alongside the request rather than before it, so a pagehide flush reaches fetch() at once.
    // IndexedDB runs same-store transactions in order, so this commits before any removal that follows.
    const marking = storage.markTried(ids).then(
      () => null,
      (error: unknown) => error,
    )
    for (const record of batch) {
      record.tried = true
      record.attempts += 1
    }
    inFlight += 1
    publish()
    const result = await postStatements(
      first.target,
      batch.map((r) => r.statement),
      { fetch: send, keepalive: keepaliveBytes > 0, setTimer, clearTimer, ...timeoutOption },
    )
    inFlight -= 1
    keepaliveInFlight -= keepaliveBytes
    publish()
    const markError = await marking
    if (markError !== null) throw markError

    const verdict = classifyResponse({ result, batchSize: batch.length, allTried, attempt, now: now(), random })
    switch (verdict.kind) {
      case 'delivered':
        await storage.remove(ids)
        // Only a delivery to the failing LRS clears its error: another LRS working says nothing about it.
        if (lastErrorEndpoint === null || lastErrorEndpoint === first.target.endpoint) {
          publish({ lastDeliveredAt: now(), lastError: null })
        } else publish({ lastDeliveredAt: now() })
        await refreshCounts()
        return 'continue'
      case 'split': {
        // Right away, not after a backoff: the LRS answered, it only refused this combination.
        const parts = verdict.into === 'singles' ? batch.map((r) => [r]) : halves(batch)
        for (const part of parts) if ((await sendBatch(key, part, gen)) === 'stop') return 'stop'
        return 'continue'
      }
      case 'quarantine': {
        const message = `statement ${first.id} rejected: ${verdict.reason}`
        await storage.quarantine(first.id, verdict.reason)
        reportError(first.target.endpoint, message)
        await refreshCounts()
        return 'continue'
      }
      case 'pause-auth':
        // A refusal of credentials that `retarget` has replaced meanwhile says nothing about the new ones.
        if (gen === generation) paused.add(key)
        reportError(first.target.endpoint, `${verdict.reason}: the LRS refused the credentials`)
        return 'stop'
      case 'retry':
        // Only this batch is rescheduled; the target's later records wait behind it (see storage.pending).
        await storage.reschedule(ids, now() + verdict.delayMs, verdict.reason)
        reportError(first.target.endpoint, verdict.reason)
        return 'stop'
    }
  }

  // ---- timers and events ----------------------------------------------------------------------------------

  const armRetryTimer = async () => {
    let at: number | null = null
    try {
      at = await storage.nextAttemptAt(now())
    } catch {
      // A closed database: nothing to schedule.
    }
    if (retryTimer !== null) clearTimer(retryTimer)
    retryTimer = null
    if (at === null || !timersEnabled) return
    retryTimer = setTimer(
      () => {
        retryTimer = null
        void drain(false)
      },
      Math.max(0, at - now()),
    )
  }

  const drainSoon = () => {
    if (soonTimer !== null || !timersEnabled) return
    soonTimer = setTimer(() => {
      soonTimer = null
      void drain(false)
    }, 0)
  }

  const onOnline = () => void drain(false, true)
  const onPageHide = () => void drain(true)
  const onVisibilityChange = () => {
    if (host?.document?.visibilityState === 'hidden') void drain(true)
  }

  const schedulePoll = () => {
    pollTimer = setTimer(() => {
      schedulePoll()
      void drain(false)
    }, pollIntervalMs)
  }

  const clearTimers = () => {
    for (const handle of [soonTimer, retryTimer, pollTimer]) if (handle !== null) clearTimer(handle)
    soonTimer = retryTimer = pollTimer = null
  }

  void refreshCounts()

  return {
    async enqueue(target, statements) {
      for (const statement of statements) {
        // Without a caller-made id a re-send could not be recognised as the same statement.
        if (typeof statement.id !== 'string' || statement.id === '') throw new TypeError('statement without an id')
        jsonBytes(statement) // throws now, not at send time, on what JSON cannot carry
      }
      if (statements.length === 0) return
      const normalized = normalizeTarget(target)
      await storage.add(statements.map((statement) => ({ target: normalized, statement })))
      await refreshCounts()
      drainSoon()
    },

    flush: (flushOptions = {}) => drain(flushOptions.final === true),

    resume(target) {
      if (target) paused.delete(targetKey(normalizeTarget(target)))
      else paused.clear()
      publish()
      void drain(false)
    },

    async retarget(endpoint, auth) {
      const normalized = normalizeTarget({ endpoint, auth })
      await storage.retarget(normalized.endpoint, auth)
      generation += 1
      for (const key of paused) if (key.startsWith(`${normalized.endpoint}\n`)) paused.delete(key)
      publish()
      void drain(false)
    },

    status: () => snapshot,

    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },

    quarantined: () => storage.quarantined(),

    whenIdle: () => running ?? Promise.resolve(),

    start() {
      timersEnabled = true
      if (!listening && host) {
        host.addEventListener('online', onOnline)
        host.addEventListener('pagehide', onPageHide)
        host.addEventListener('visibilitychange', onVisibilityChange)
        listening = true
      }
      if (pollTimer === null) schedulePoll()
      void drain(false)
    },

    stop() {
      timersEnabled = false
      clearTimers()
      if (listening && host) {
        host.removeEventListener('online', onOnline)
        host.removeEventListener('pagehide', onPageHide)
        host.removeEventListener('visibilitychange', onVisibilityChange)
        listening = false
      }
    },
  }
}

function halves<T>(items: T[]): T[][] {
  const middle = Math.ceil(items.length / 2)
  return [items.slice(0, middle), items.slice(middle)]
}
