/**
 * Decides what the outbox does with the statements of one POST /statements from how it ended. Pure: the
 * clock and the jitter source come in as arguments so every row of the table is testable.
 */

/** How one POST ended, as `postStatements` reports it (it never throws). */
export type SendResult =
  | { status: number; retryAfter: string | null; dateHeader: string | null }
  | { error: 'timeout' | 'network'; message: string }

export type Classification =
  /** The LRS holds every statement of the request. `conflict`: it already held the (single) id before. */
  | { kind: 'delivered'; conflict: boolean }
  /** The batch was rejected as a whole (xAPI batches are atomic): resend its parts to isolate the culprit. */
  | { kind: 'split'; into: 'halves' | 'singles'; reason: string }
  /** This one statement can never be stored: keep it, never resend it, show it. */
  | { kind: 'quarantine'; reason: string }
  /** The credentials are refused: resending with them cannot help, so wait for new ones. */
  | { kind: 'pause-auth'; reason: string }
  | { kind: 'retry'; delayMs: number; reason: string }

export interface ClassifyInput {
  result: SendResult
  batchSize: number
  /** Every statement of the request had been sent before (its answer may have been lost). */
  allTried: boolean
  /** Attempts made so far, this one included (≥ 1); drives the exponential backoff. */
  attempt: number
  now: number
  /** Uniform in [0, 1): the jitter source. */
  random: () => number
}

export const BACKOFF_BASE_MS = 1_000
export const BACKOFF_FACTOR = 2
export const BACKOFF_CAP_MS = 5 * 60_000
/** A Retry-After beyond this is treated as this: a skewed clock or a bogus date must not park the queue for days. */
export const RETRY_AFTER_CAP_MS = 60 * 60_000

/** Full-jitter exponential backoff: uniform in [0, min(cap, base·factor^(attempt−1))). */
export function backoffDelay(attempt: number, random: () => number): number {
  const ceiling = Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * BACKOFF_FACTOR ** Math.max(0, attempt - 1))
  return Math.floor(random() * ceiling)
}

/**
 * Retry-After as a delay in ms, or null when absent or unreadable. An HTTP-date is measured against the
 * response's own Date header when there is one, so a wrong client clock does not distort it.
 */
export function parseRetryAfter(value: string | null, now: number, dateHeader: string | null = null): number | null {
  if (value === null) return null
  const text = value.trim()
  if (/^\d+$/.test(text)) return Math.min(RETRY_AFTER_CAP_MS, Number(text) * 1000)
  // An HTTP-date always names a weekday or month; Date.parse alone would also take '-5' as a year.
  const at = /[a-z]/i.test(text) ? Date.parse(text) : NaN
  if (Number.isNaN(at)) return null
  const serverNow = dateHeader === null ? NaN : Date.parse(dateHeader)
  const reference = Number.isNaN(serverNow) ? now : serverNow
  return Math.min(RETRY_AFTER_CAP_MS, Math.max(0, at - reference))
}

export function classifyResponse(input: ClassifyInput): Classification {
  const { result, batchSize, allTried } = input
  const retry = (reason: string, retryAfterMs: number | null = null): Classification => ({
    kind: 'retry',
    delayMs: Math.max(backoffDelay(input.attempt, input.random), retryAfterMs ?? 0),
    reason,
  })

  if ('error' in result) return retry(result.error === 'timeout' ? 'timeout' : `network: ${result.message}`)

  const { status } = result
  const reason = `HTTP ${status}`
  if (status >= 200 && status < 300) return { kind: 'delivered', conflict: false }

  if (status === 409) {
    // Single statement: the LRS already holds this id. Either it is our own earlier send whose answer was
    // lost (ADL LRS answers 409 even to an identical re-send), or the id was reused for another body, which
    // no re-send can ever fix. Both mean "stop sending it".
    if (batchSize === 1) return { kind: 'delivered', conflict: !allTried }
    // A batch is never marked delivered on a 409, even when every statement was tried before: the LRS
    // rejected the whole batch because *some* id exists, and a batch can mix statements stored by an earlier
    // request (say a smaller keepalive batch at pagehide) with ones it never stored. When all were tried the
    // likeliest cause is a lost answer, so go straight to singles (n requests rather than 2n−1 halvings);
    // otherwise halve to find the one conflicting id.
    return { kind: 'split', into: allTried ? 'singles' : 'halves', reason }
  }

  // 400 (invalid statement, or a duplicate id inside the batch) and 413 (too large) are about the content.
  if (status === 400 || status === 413) {
    return batchSize > 1 ? { kind: 'split', into: 'halves', reason } : { kind: 'quarantine', reason }
  }

  if (status === 401 || status === 403) return { kind: 'pause-auth', reason }

  // Everything else is about the server, not the statements, so the statements are kept and retried later:
  // 408/425/429/5xx are transient by definition; 404 (and any other status) means a wrong or broken endpoint,
  // which quarantining would turn into "every statement rejected" while it is a configuration problem.
  const retryAfterMs = parseRetryAfter(result.retryAfter, input.now, result.dateHeader)
  if (status === 404) return retry(`${reason}: no xAPI statements resource at this endpoint`, retryAfterMs)
  return retry(reason, retryAfterMs)
}
