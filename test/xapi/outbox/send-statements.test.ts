import { describe, expect, it } from 'vitest'
import { postStatements, type FetchLike } from '../../../src/xapi/outbox/index.ts'
import { FakeClock } from './fake-clock.ts'
import { makeStatement, must } from './fake-lrs.ts'

const target = { endpoint: 'https://lrs.example/xapi/', auth: 'Basic dXNlcjpwYXNz' }
const timers = () => new FakeClock().scope()

describe('postStatements', () => {
  it('POSTs a JSON array with the xAPI headers and passes keepalive through', async () => {
    const calls: { url: string; init: RequestInit }[] = []
    const fetch: FetchLike = async (url, init) => {
      calls.push({ url, init })
      return new Response('[]', { status: 200, headers: { 'Retry-After': '5', Date: 'Wed, 01 Jan 2025 00:00:00 GMT' } })
    }
    const statements = [makeStatement(1), makeStatement(2)]
    const result = await postStatements(target, statements, { fetch, keepalive: true, ...timers() })
    expect(result).toEqual({ status: 200, retryAfter: '5', dateHeader: 'Wed, 01 Jan 2025 00:00:00 GMT' })
    expect(calls).toHaveLength(1)
    const { url, init } = must(calls[0])
    expect(url).toBe('https://lrs.example/xapi/statements')
    expect(init.method).toBe('POST')
    expect(init.keepalive).toBe(true)
    expect(new Headers(init.headers).get('Authorization')).toBe(target.auth)
    expect(new Headers(init.headers).get('Content-Type')).toBe('application/json')
    expect(new Headers(init.headers).get('X-Experience-API-Version')).toBe('1.0.3')
    expect(JSON.parse(init.body as string)).toEqual(statements)

    await postStatements(target, statements, { fetch, ...timers() })
    expect(must(calls[1]).init.keepalive).toBe(false)
  })

  it('reports a refused connection as a network error instead of throwing', async () => {
    const fetch: FetchLike = () => Promise.reject(new TypeError('Failed to fetch'))
    expect(await postStatements(target, [makeStatement(1)], { fetch, ...timers() })).toEqual({
      error: 'network',
      message: 'Failed to fetch',
    })
  })

  it('aborts a request that gets no answer within the timeout', async () => {
    const clock = new FakeClock()
    const { setTimer, clearTimer } = clock.scope()
    let aborted = false
    const fetch: FetchLike = (_url, init) =>
      new Promise((_, reject) =>
        init.signal?.addEventListener('abort', () => {
          aborted = true
          reject(new DOMException('aborted', 'AbortError'))
        }),
      )
    const pending = postStatements(target, [makeStatement(1)], { fetch, timeoutMs: 10_000, setTimer, clearTimer })
    clock.advance(9_999)
    expect(aborted).toBe(false)
    clock.advance(1)
    expect(await pending).toEqual({ error: 'timeout', message: 'no answer within 10000 ms' })
    expect(aborted).toBe(true)
    expect(clock.pendingTimers()).toBe(0)
  })

  it('clears its timer when the answer comes', async () => {
    const clock = new FakeClock()
    const { setTimer, clearTimer } = clock.scope()
    const fetch: FetchLike = async () => new Response(null, { status: 204 })
    expect(await postStatements(target, [makeStatement(1)], { fetch, setTimer, clearTimer })).toMatchObject({
      status: 204,
    })
    expect(clock.pendingTimers()).toBe(0)
  })
})
