import { describe, expect, it } from 'vitest'
import {
  backoffDelay,
  classifyResponse,
  parseRetryAfter,
  type ClassifyInput,
  type SendResult,
} from '../../../src/xapi/outbox/index.ts'

const NOW = Date.UTC(2025, 0, 1, 12, 0, 0)
const http = (status: number, retryAfter: string | null = null, dateHeader: string | null = null): SendResult => ({
  status,
  retryAfter,
  dateHeader,
})
const classify = (result: SendResult, batchSize: number, allTried = false, extra: Partial<ClassifyInput> = {}) =>
  classifyResponse({ result, batchSize, allTried, attempt: 1, now: NOW, random: () => 0.5, ...extra })

describe('classifyResponse', () => {
  it.each([200, 201, 204, 299])('%i → delivered, single or batch, tried or not', (status) => {
    for (const size of [1, 50]) {
      for (const tried of [false, true]) {
        expect(classify(http(status), size, tried)).toEqual({ kind: 'delivered', conflict: false })
      }
    }
  })

  it.each([400, 413])('%i on a batch → split in halves; on a single statement → quarantine', (status) => {
    expect(classify(http(status), 2)).toEqual({ kind: 'split', into: 'halves', reason: `HTTP ${status}` })
    expect(classify(http(status), 50, true)).toMatchObject({ kind: 'split', into: 'halves' })
    expect(classify(http(status), 1)).toEqual({ kind: 'quarantine', reason: `HTTP ${status}` })
    expect(classify(http(status), 1, true)).toEqual({ kind: 'quarantine', reason: `HTTP ${status}` })
  })

  it('409 on a single statement → delivered (the LRS holds the id); a conflict when it was never sent before', () => {
    expect(classify(http(409), 1, true)).toEqual({ kind: 'delivered', conflict: false })
    expect(classify(http(409), 1, false)).toEqual({ kind: 'delivered', conflict: true })
  })

  it('409 on a batch → split, never delivered: singles when all were tried, halves on a first try', () => {
    expect(classify(http(409), 50, true)).toEqual({ kind: 'split', into: 'singles', reason: 'HTTP 409' })
    expect(classify(http(409), 50, false)).toEqual({ kind: 'split', into: 'halves', reason: 'HTTP 409' })
  })

  it.each([401, 403])('%i → pause for new credentials, whatever the batch', (status) => {
    expect(classify(http(status), 1)).toEqual({ kind: 'pause-auth', reason: `HTTP ${status}` })
    expect(classify(http(status), 50, true)).toEqual({ kind: 'pause-auth', reason: `HTTP ${status}` })
  })

  it.each([408, 425, 429, 500, 502, 503, 504])('%i → retry with backoff, never split or quarantine', (status) => {
    for (const size of [1, 50]) {
      const verdict = classify(http(status), size)
      expect(verdict).toEqual({ kind: 'retry', delayMs: 500, reason: `HTTP ${status}` })
    }
  })

  it('404 → retry (a wrong endpoint is a configuration problem, not a bad statement)', () => {
    expect(classify(http(404), 1)).toMatchObject({ kind: 'retry', delayMs: 500, reason: expect.stringMatching(/404/) })
    expect(classify(http(404), 50)).toMatchObject({ kind: 'retry' })
  })

  it.each([302, 405, 418, 0])('unexpected status %i → retry, keeping the statements', (status) => {
    expect(classify(http(status), 1)).toMatchObject({ kind: 'retry' })
  })

  it('network error and timeout → retry', () => {
    expect(classify({ error: 'network', message: 'Failed to fetch' }, 5)).toEqual({
      kind: 'retry',
      delayMs: 500,
      reason: 'network: Failed to fetch',
    })
    expect(classify({ error: 'timeout', message: 'x' }, 1)).toEqual({ kind: 'retry', delayMs: 500, reason: 'timeout' })
  })

  it('honours Retry-After when it is longer than the backoff, and the backoff when it is longer', () => {
    expect(classify(http(429, '120'), 1)).toMatchObject({ kind: 'retry', delayMs: 120_000 })
    expect(classify(http(503, '0'), 1, false, { attempt: 3 })).toMatchObject({ delayMs: 2_000 })
    const inAMinute = new Date(NOW + 60_000).toUTCString()
    expect(classify(http(503, inAMinute), 1)).toMatchObject({ kind: 'retry', delayMs: 60_000 })
  })
})

describe('backoffDelay', () => {
  it('doubles from 1 s and caps at 5 min, with full jitter', () => {
    const ceilings = [1, 2, 3, 4, 5, 8, 9, 10, 30].map((attempt) => backoffDelay(attempt, () => 0.999_999_9))
    expect(ceilings).toEqual([999, 1999, 3999, 7999, 15_999, 127_999, 255_999, 299_999, 299_999])
    expect(backoffDelay(6, () => 0)).toBe(0)
    expect(backoffDelay(6, () => 0.5)).toBe(16_000)
  })
})

describe('parseRetryAfter', () => {
  it('reads delta-seconds', () => {
    expect(parseRetryAfter('30', NOW)).toBe(30_000)
    expect(parseRetryAfter(' 0 ', NOW)).toBe(0)
  })

  it('reads an HTTP-date against the response Date header when present, else against now', () => {
    const at = new Date(NOW + 90_000).toUTCString()
    expect(parseRetryAfter(at, NOW)).toBe(90_000)
    // The client clock is 10 min fast; the server's Date says it is 30 s before the retry time.
    const serverDate = new Date(NOW + 60_000).toUTCString()
    expect(parseRetryAfter(at, NOW + 600_000, serverDate)).toBe(30_000)
    expect(parseRetryAfter(new Date(NOW - 5_000).toUTCString(), NOW)).toBe(0)
  })

  it('ignores absent or unreadable values and caps absurd ones at an hour', () => {
    expect(parseRetryAfter(null, NOW)).toBeNull()
    expect(parseRetryAfter('soon', NOW)).toBeNull()
    expect(parseRetryAfter('-5', NOW)).toBeNull()
    expect(parseRetryAfter('86400', NOW)).toBe(3_600_000)
  })
})
