import {
  createOutbox,
  openOutboxStorage,
  type FetchLike,
  type Outbox,
  type OutboxOptions,
  type OutboxStorage,
} from '../../../src/xapi/outbox/index.ts'
import { seededRandom, type FakeClock, type TimerScope } from './fake-clock.ts'
import type { FakeLrs } from './fake-lrs.ts'

export const TIMEOUT_MS = 15_000

/** One page's outbox over a shared (fake) IndexedDB; `kill` simulates the page dying, as in a reload. */
export interface Session {
  outbox: Outbox
  storage: OutboxStorage
  timers: TimerScope
  kill(): void
}

export async function openSession(
  factory: IDBFactory,
  clock: FakeClock,
  fetch: FetchLike,
  options: Partial<OutboxOptions> = {},
): Promise<Session> {
  const storage = await openOutboxStorage(factory)
  const timers = clock.scope()
  let dead = false
  // A dead page's requests never come back to it, and it starts no new ones.
  const pageFetch: FetchLike = (url, init) => (dead ? new Promise(() => {}) : fetch(url, init))
  const outbox = createOutbox({
    storage,
    fetch: pageFetch,
    now: clock.now,
    random: seededRandom(7),
    setTimer: timers.setTimer,
    clearTimer: timers.clearTimer,
    timeoutMs: TIMEOUT_MS,
    ...options,
  })
  return {
    outbox,
    storage,
    timers,
    kill() {
      dead = true
      timers.kill()
      storage.close()
    },
  }
}

/**
 * Waits until the outbox's drain has finished. A request that hangs can only end by the client's timeout,
 * so whenever one is hanging the clock jumps ahead by the timeout: no real waiting, fully deterministic.
 */
export async function settle(outbox: Outbox, lrss: readonly FakeLrs[], clock: FakeClock): Promise<void> {
  for (let round = 0; round < 10_000; round++) {
    const idle = outbox.whenIdle().then(() => true)
    const hang = Promise.race(lrss.map((lrs) => lrs.waitForHang())).then(() => false)
    if (await Promise.race([idle, hang])) return
    clock.advance(TIMEOUT_MS)
  }
  throw new Error('the outbox never settled')
}
