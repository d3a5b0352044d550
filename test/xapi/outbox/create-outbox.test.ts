import 'fake-indexeddb/auto'
import { IDBFactory } from 'fake-indexeddb'
import { describe, expect, it } from 'vitest'
import {
  createOutbox,
  openOutboxStorage,
  type OutboxStatus,
  type OutboxTarget,
} from '../../../src/xapi/outbox/index.ts'
import { FakeClock } from './fake-clock.ts'
import { FakeLrs, INVALID_VERB, isFlaggedInvalid, makeStatement, must, routeTo } from './fake-lrs.ts'
import { openSession, settle, TIMEOUT_MS } from './session.ts'

const A: OutboxTarget = { endpoint: 'https://a.example/xapi/', auth: 'Basic a1' }
const B: OutboxTarget = { endpoint: 'https://b.example/xapi/', auth: 'Basic b1' }
const range = (n: number, from = 0) => Array.from({ length: n }, (_, i) => makeStatement(from + i))

async function setup(options: Parameters<typeof openSession>[3] = {}, existingIds: 'compare' | 'conflict' = 'compare') {
  const factory = new IDBFactory()
  const clock = new FakeClock()
  const a = new FakeLrs({ endpoint: A.endpoint, validAuth: [A.auth], isInvalid: isFlaggedInvalid, existingIds })
  const b = new FakeLrs({ endpoint: B.endpoint, validAuth: [B.auth], isInvalid: isFlaggedInvalid, existingIds })
  const fetch = routeTo([a, b])
  const session = await openSession(factory, clock, fetch, options)
  const reload = async () => {
    session.kill()
    a.forgetHangs()
    b.forgetHangs()
    return openSession(factory, clock, fetch, options)
  }
  return { factory, clock, a, b, fetch, session, outbox: session.outbox, reload }
}

describe('createOutbox', () => {
  it('takes the browser globals as they are', async () => {
    const storage = await openOutboxStorage(new IDBFactory())
    const outbox = createOutbox({
      storage,
      fetch,
      now: Date.now,
      random: Math.random,
      setTimer: setTimeout,
      clearTimer: clearTimeout,
    })
    expect(outbox.status().pending).toBe(0)
    storage.close()
  })

  it('delivers in batches of ≤ 50 in creation order and reports "all delivered"', async () => {
    const { outbox, a, clock } = await setup()
    const seen: OutboxStatus[] = []
    outbox.subscribe((s) => seen.push(s))
    const statements = range(120)
    await outbox.enqueue(A, statements)
    expect(outbox.status().pending).toBe(120)
    await outbox.flush()
    expect(a.requests.map((r) => r.ids.length)).toEqual([50, 50, 20])
    expect(a.order).toEqual(statements.map((s) => s.id))
    expect(JSON.parse(must(a.stored.get(must(statements[7]).id)))).toEqual(statements[7])
    expect(outbox.status()).toEqual({
      pending: 0,
      quarantined: 0,
      paused: null,
      lastError: null,
      lastDeliveredAt: clock.now(),
      sending: false,
    })
    expect(seen.some((s) => s.sending)).toBe(true)
    expect(seen.map((s) => s.pending)).toContain(70)
  })

  it('drains on its own shortly after enqueue', async () => {
    const { outbox, a, clock } = await setup()
    await outbox.enqueue(A, range(3))
    expect(a.requests).toHaveLength(0)
    clock.advance(0)
    await outbox.whenIdle()
    expect(a.stored.size).toBe(3)
  })

  it('splits a rejected batch to quarantine exactly the invalid statements and delivers the rest in order', async () => {
    const { outbox, a } = await setup()
    const errors: (string | null)[] = []
    outbox.subscribe((s) => errors.push(s.lastError))
    const statements = range(10).map((s, i) =>
      i === 3 || i === 8 ? { ...s, verb: { id: INVALID_VERB, display: { 'en-US': 'bad' } } } : s,
    )
    await outbox.enqueue(A, statements)
    await outbox.flush()
    const invalid = [must(statements[3]).id, must(statements[8]).id]
    expect(a.order).toEqual(statements.map((s) => s.id).filter((id) => !invalid.includes(id)))
    expect((await outbox.quarantined()).map((r) => [r.id, r.state, r.lastError])).toEqual([
      [invalid[0], 'quarantined', 'HTTP 400'],
      [invalid[1], 'quarantined', 'HTTP 400'],
    ])
    expect(outbox.status()).toMatchObject({ pending: 0, quarantined: 2 })
    expect(errors).toContain(`statement ${invalid[1]} rejected: HTTP 400`)
    // Quarantined statements are never sent again.
    const sent = a.requests.length
    await outbox.flush()
    expect(a.requests).toHaveLength(sent)
  })

  it('pauses on 401, sends nothing until resume or retarget, then delivers with the new credentials', async () => {
    const { outbox, a, b, clock } = await setup()
    outbox.start()
    a.validAuth.delete(A.auth)
    await outbox.enqueue(A, range(5))
    await outbox.enqueue(B, range(2, 100))
    await outbox.flush()
    expect(a.requests.map((r) => r.outcome)).toEqual([401])
    expect(outbox.status()).toMatchObject({ paused: 'auth', pending: 5, lastError: expect.stringMatching(/401/) })
    expect(b.stored.size).toBe(2) // another LRS is not held up

    await outbox.enqueue(A, range(3, 200))
    await outbox.flush()
    clock.advance(10 * 60_000) // background drains and timers
    await outbox.whenIdle()
    expect(a.requests).toHaveLength(1)
    expect(outbox.status()).toMatchObject({ paused: 'auth', pending: 8 })

    // Resuming with credentials that are still refused: one request, paused again.
    outbox.resume()
    await outbox.whenIdle()
    expect(a.requests).toHaveLength(2)
    expect(outbox.status().paused).toBe('auth')

    a.validAuth.add('Bearer fresh')
    await outbox.retarget(A.endpoint.slice(0, -1), 'Bearer fresh') // trailing slash is optional
    await outbox.whenIdle()
    expect(a.stored.size).toBe(8)
    expect(a.requests.slice(2).every((r) => r.auth === 'Bearer fresh')).toBe(true)
    expect(outbox.status()).toMatchObject({ paused: null, pending: 0 })
    outbox.stop()
  })

  it('resume() alone suffices once the LRS accepts the credentials again', async () => {
    const { outbox, a } = await setup()
    a.faults.push({ status: 403 })
    await outbox.enqueue(A, range(4))
    await outbox.flush()
    expect(outbox.status().paused).toBe('auth')
    outbox.resume(A)
    await outbox.whenIdle()
    expect(a.stored.size).toBe(4)
    expect(outbox.status().paused).toBeNull()
  })

  it('backs off on 429, honouring Retry-After, and retries from a timer', async () => {
    const { outbox, a, clock } = await setup()
    a.faults.push({ status: 429, retryAfter: '120' })
    await outbox.enqueue(A, range(3))
    await outbox.flush()
    expect(outbox.status()).toMatchObject({ pending: 3, lastError: 'HTTP 429' })
    clock.advance(119_000)
    await outbox.whenIdle()
    await outbox.flush() // not due yet: nothing is sent
    expect(a.requests).toHaveLength(1)
    clock.advance(1_000)
    await outbox.whenIdle()
    expect(a.requests).toHaveLength(2)
    expect(outbox.status()).toMatchObject({ pending: 0, lastError: null })
  })

  it('backs off exponentially on 5xx and network errors, holding later statements back to keep order', async () => {
    const { outbox, a, clock, session } = await setup({ batchSize: 2, random: () => 0.99 })
    a.faults.push({ status: 500 }, 'drop', { status: 503 }, 'drop')
    const statements = range(6)
    await outbox.enqueue(A, statements)
    await outbox.flush()
    await outbox.flush() // the later batches are due but wait behind the failed first one
    expect(a.requests).toHaveLength(1)
    for (const delay of [990, 1980, 3960, 7920]) {
      const [head] = await session.storage.pending(1, Infinity)
      expect(head?.nextAttemptAt).toBe(clock.now() + delay)
      clock.advance(delay) // the retry timer drains
      await outbox.whenIdle()
    }
    expect(a.requests.map((r) => r.outcome)).toEqual([500, 'drop', 503, 'drop', 200, 200, 200])
    expect(a.order).toEqual(statements.map((s) => s.id))
  })

  it('times out a request that never answers and retries it', async () => {
    const { outbox, a, clock } = await setup()
    a.faults.push('hang')
    await outbox.enqueue(A, range(2))
    const flushing = outbox.flush()
    await a.waitForHang()
    expect(outbox.status().sending).toBe(true)
    clock.advance(TIMEOUT_MS)
    await flushing
    expect(outbox.status()).toMatchObject({ pending: 2, lastError: 'timeout', sending: false })
    clock.advance(5 * 60_000)
    await outbox.whenIdle()
    expect(a.stored.size).toBe(2)
  })

  it('treats 404 as a configuration problem: statements stay pending, nothing is quarantined', async () => {
    const { outbox, a } = await setup()
    a.faults.push({ status: 404 })
    await outbox.enqueue(A, range(3))
    await outbox.flush()
    expect(outbox.status()).toMatchObject({ pending: 3, quarantined: 0, lastError: expect.stringMatching(/404/) })
  })

  it('keeps one request in flight per LRS, even when flush is called during a drain', async () => {
    const { outbox, a, b } = await setup()
    await outbox.enqueue(A, range(200))
    await outbox.enqueue(B, range(120, 1000))
    await Promise.all([outbox.flush(), outbox.flush(), outbox.flush({ final: false })])
    await outbox.flush()
    expect(a.maxInFlight).toBe(1)
    expect(b.maxInFlight).toBe(1)
    for (const lrs of [a, b]) {
      const sent = lrs.requests.flatMap((r) => r.ids)
      expect(new Set(sent).size).toBe(sent.length) // no id was sent twice
    }
    expect(a.stored.size + b.stored.size).toBe(320)
  })

  it('final flush: keepalive requests whose bodies stay within the budget in total; the rest waits', async () => {
    const budget = 4_096
    const { outbox, a, b } = await setup({ keepaliveBudgetBytes: budget, batchSize: 4 })
    await outbox.enqueue(A, range(60))
    await outbox.enqueue(B, range(60, 100))
    await outbox.flush({ final: true })
    const keepalive = [...a.requests, ...b.requests]
    expect(keepalive.length).toBeGreaterThan(1)
    expect(keepalive.every((r) => r.keepalive)).toBe(true)
    const total = keepalive.reduce((sum, r) => sum + r.bytes, 0)
    expect(total).toBeLessThanOrEqual(budget)
    expect(total).toBeGreaterThan(budget - 600) // filled up to about one statement short
    expect(outbox.status().pending).toBe(120 - (a.stored.size + b.stored.size))
    expect(outbox.status().pending).toBeGreaterThan(0)

    await outbox.flush()
    expect(a.requests.length + b.requests.length).toBeGreaterThan(keepalive.length)
    const later = [...a.requests, ...b.requests].filter((r) => !keepalive.includes(r))
    expect(later.some((r) => r.keepalive)).toBe(false)
    expect(outbox.status().pending).toBe(0)
  })

  it('final flush: bytes still in flight from an earlier keepalive request count against the budget', async () => {
    const budget = 3_000
    const { outbox, a, clock } = await setup({ keepaliveBudgetBytes: budget })
    a.faults.push('hang')
    await outbox.enqueue(A, range(30))
    const first = outbox.flush({ final: true })
    await a.waitForHang()
    const second = outbox.flush({ final: true }) // joins the running drain: the same budget
    clock.advance(TIMEOUT_MS)
    await Promise.all([first, second])
    expect(a.maxKeepaliveInFlight).toBeLessThanOrEqual(budget)
    expect(a.requests.reduce((sum, r) => sum + r.bytes, 0)).toBeLessThanOrEqual(budget)
  })

  it('final flush leaves a statement bigger than the budget for a normal flush', async () => {
    const { outbox, a } = await setup({ keepaliveBudgetBytes: 1_000 })
    const big = makeStatement(1, { result: { response: 'x'.repeat(2_000) } })
    await outbox.enqueue(A, [big])
    await outbox.flush({ final: true })
    expect(a.requests).toHaveLength(0)
    await outbox.flush()
    expect(a.requests.map((r) => r.keepalive)).toEqual([false])
    expect(a.stored.has(big.id)).toBe(true)
  })

  it('start() listens to online, visibilitychange (hidden only) and pagehide; stop() detaches', async () => {
    const host = Object.assign(new EventTarget(), { document: { visibilityState: 'visible' } })
    const { outbox, a, clock } = await setup({ host })
    outbox.start()
    await outbox.whenIdle()
    a.faults.push('drop')
    await outbox.enqueue(A, range(2))
    clock.advance(0)
    await outbox.whenIdle()
    expect(a.requests).toHaveLength(1)

    host.dispatchEvent(new Event('online')) // back online: try now rather than after the backoff
    await outbox.whenIdle()
    expect(a.requests.map((r) => [r.outcome, r.keepalive])).toEqual([
      ['drop', false],
      [200, false],
    ])

    await outbox.enqueue(A, range(1, 10))
    host.dispatchEvent(new Event('visibilitychange')) // still visible: nothing
    host.document.visibilityState = 'hidden'
    host.dispatchEvent(new Event('visibilitychange'))
    await outbox.whenIdle()
    expect(a.requests.at(-1)).toMatchObject({ outcome: 200, keepalive: true })

    await outbox.enqueue(A, range(1, 20))
    host.dispatchEvent(new Event('pagehide'))
    await outbox.whenIdle()
    expect(a.requests.at(-1)).toMatchObject({ outcome: 200, keepalive: true })
    expect(a.requests).toHaveLength(4)

    outbox.stop()
    expect(clock.pendingTimers()).toBe(0)
    await outbox.enqueue(A, range(1, 30))
    host.dispatchEvent(new Event('online'))
    host.dispatchEvent(new Event('pagehide'))
    clock.advance(60_000)
    await outbox.whenIdle()
    expect(a.requests).toHaveLength(4)
  })

  it('sends nothing while the browser says it is offline, and everything on its online event', async () => {
    const host = Object.assign(new EventTarget(), {
      document: { visibilityState: 'visible' },
      navigator: { onLine: false },
    })
    const { outbox, a } = await setup({ host })
    outbox.start()
    await outbox.enqueue(A, range(3))
    await outbox.flush()
    await outbox.flush({ final: true })
    expect(a.requests).toHaveLength(0)
    expect(outbox.status().pending).toBe(3)

    host.navigator.onLine = true
    host.dispatchEvent(new Event('online'))
    await outbox.whenIdle()
    expect(a.requests.map((r) => r.outcome)).toEqual([200])
    expect(outbox.status().pending).toBe(0)
    outbox.stop()
  })

  it('polls every 30 s once started', async () => {
    const { outbox, a, clock } = await setup()
    outbox.start()
    a.faults.push({ status: 429, retryAfter: '0' })
    await outbox.enqueue(A, range(1))
    clock.advance(0)
    await outbox.whenIdle()
    // The retry timer was lost (say, a throttled background tab); the poll still delivers.
    outbox.stop()
    outbox.start()
    clock.advance(29_999)
    expect(a.requests).toHaveLength(1)
    clock.advance(1)
    await outbox.whenIdle()
    expect(a.stored.size).toBe(1)
    outbox.stop()
  })

  it('refuses statements without an id (a re-send could not be recognised) and stores none of the call', async () => {
    const { outbox, session } = await setup()
    const { id: _id, ...anonymous } = makeStatement(1)
    await expect(outbox.enqueue(A, [makeStatement(2), anonymous as never])).rejects.toThrow(/id/)
    expect(await session.storage.counts()).toEqual({ pending: 0, quarantined: 0 })
  })

  it('a single statement answered 409 is done: the LRS holds that id (its stored body is left alone)', async () => {
    const { outbox, a } = await setup()
    const statement = makeStatement(1)
    a.stored.set(statement.id, '{"other":"body"}')
    await outbox.enqueue(A, [statement])
    await outbox.flush()
    expect(a.requests.map((r) => r.outcome)).toEqual([409])
    expect(outbox.status()).toMatchObject({ pending: 0, quarantined: 0 })
    expect(a.stored.get(statement.id)).toBe('{"other":"body"}')
  })
})

describe('createOutbox across reloads', () => {
  it('a new outbox over the same database picks up pending, quarantined and tried records', async () => {
    const { outbox, a, clock, reload } = await setup()
    const statements = range(4)
    const invalid = { ...makeStatement(9), verb: { id: INVALID_VERB } }
    await outbox.enqueue(A, [...statements, invalid])
    a.faults.push('hang-after') // stored by the LRS; the page dies before the answer
    void outbox.flush()
    await a.waitForHang()
    const next = await reload()
    const status = await new Promise<OutboxStatus>((resolve) => next.outbox.subscribe(resolve))
    expect(status.pending).toBe(5)
    expect((await next.storage.pending(10, clock.now())).every((r) => r.tried && r.attempts === 1)).toBe(true)

    await next.outbox.flush()
    expect([...a.storeCount.values()]).toEqual([1, 1, 1, 1])
    expect(next.outbox.status()).toMatchObject({ pending: 0, quarantined: 1 })
    const after = await reload()
    expect((await after.outbox.quarantined()).map((r) => r.id)).toEqual([invalid.id])
  })

  it('ADL-style LRS (409 for any known id): a re-sent batch mixing stored and unstored statements loses none', async () => {
    // The first request times out unseen; the pagehide flush fits only two statements and is stored,
    // but its answer is lost. After the reload all four are "tried" and the LRS answers 409 to the batch.
    const statements = range(4)
    const twoFit = JSON.stringify(statements.slice(0, 2)).length
    const { outbox, a, clock, reload } = await setup({ keepaliveBudgetBytes: twoFit + 10 }, 'conflict')
    await outbox.enqueue(A, statements)
    a.faults.push('hang')
    const flushing = outbox.flush()
    await a.waitForHang()
    clock.advance(TIMEOUT_MS)
    await flushing
    a.faults.push('drop-after')
    clock.advance(5 * 60_000)
    await outbox.flush({ final: true })
    expect(a.requests.at(-1)).toMatchObject({
      keepalive: true,
      outcome: 'drop-after',
      ids: statements.slice(0, 2).map((s) => s.id),
    })

    const next = await reload()
    clock.advance(5 * 60_000)
    await next.outbox.flush()
    await settle(next.outbox, [a], clock)
    // The batch 409 is split straight into singles (all were tried): two already stored, two stored now.
    expect(a.requests.slice(-5).map((r) => [r.outcome, r.ids.length])).toEqual([
      [409, 4],
      [409, 1],
      [409, 1],
      [200, 1],
      [200, 1],
    ])
    expect([...a.stored.keys()].sort()).toEqual(statements.map((s) => s.id).sort())
    expect(next.outbox.status().pending).toBe(0)
  })
})
