import type { Statement } from '@xapi/xapi'
import type { SendResult } from './classify-response.ts'

/** The LRS a statement goes to. `endpoint` ends in '/' (e.g. `https://host/xapi/`); `auth` is the whole header value. */
export interface OutboxTarget {
  endpoint: string
  auth: string
}

/** A statement as the outbox takes it: complete, with the id it was given when the event happened. */
export type OutboxStatement = Statement & { id: string }

/** The part of `fetch` the outbox uses, so tests can script an LRS without a network. */
export type FetchLike = (
  url: string,
  init: RequestInit,
) => Promise<{ status: number; headers: { get(name: string): string | null } }>

/**
 * Timers, injected like every host dependency so a test's fake clock decides when they fire. Method syntax
 * on purpose: it lets `setTimeout` / `clearTimeout` themselves fit, though they type their handle narrowly.
 */
export interface Timers {
  setTimer(callback: () => void, ms: number): unknown
  clearTimer(handle: unknown): void
}
export type SetTimer = Timers['setTimer']
export type ClearTimer = Timers['clearTimer']

export interface PostOptions extends Timers {
  fetch: FetchLike
  /** For pagehide: the browser finishes the request after the page is gone (bodies ≤ 64 KiB in flight in all). */
  keepalive?: boolean
  timeoutMs?: number
}

export const XAPI_VERSION = '1.0.3'
export const DEFAULT_TIMEOUT_MS = 15_000

/**
 * POSTs statements as one JSON array to `${endpoint}statements`. Never throws: a refused connection, an
 * abort or a serialisation failure comes back as `{ error }`. The timeout matters because a fetch on a
 * dead connection may never settle (adlnet/xAPIWrapper#167), which would stall the queue behind it.
 */
export async function postStatements(
  target: OutboxTarget,
  statements: readonly OutboxStatement[],
  options: PostOptions,
): Promise<SendResult> {
  const { fetch: send, keepalive = false, timeoutMs = DEFAULT_TIMEOUT_MS, setTimer, clearTimer } = options
  const controller = new AbortController()
  let timedOut = false
  const timer = setTimer(() => {
    timedOut = true
    controller.abort()
  }, timeoutMs)
  try {
    const response = await send(`${target.endpoint}statements`, {
      method: 'POST',
      headers: {
        Authorization: target.auth,
        'Content-Type': 'application/json',
        'X-Experience-API-Version': XAPI_VERSION,
      },
      body: JSON.stringify(statements),
      keepalive,
      signal: controller.signal,
    })
    // Cross-origin, Retry-After and Date are only readable if the LRS exposes them; null then.
    return {
      status: response.status,
      retryAfter: response.headers.get('Retry-After'),
      dateHeader: response.headers.get('Date'),
    }
  } catch (error) {
    if (timedOut) return { error: 'timeout', message: `no answer within ${timeoutMs} ms` }
    return { error: 'network', message: error instanceof Error ? error.message : String(error) }
  } finally {
    clearTimer(timer)
  }
}
