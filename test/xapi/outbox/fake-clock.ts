import type { ClearTimer, SetTimer } from '../../../src/xapi/outbox/index.ts'

interface Timer {
  id: number
  at: number
  callback: () => void
  scope: number
}

/** A timer group that dies at once, like the timers of a page that is reloaded: later ones never fire either. */
export interface TimerScope {
  setTimer: SetTimer
  clearTimer: ClearTimer
  kill(): void
}

/** Manual clock: time moves only through `advance`, which fires due timers in time order. */
export class FakeClock {
  private time: number
  private timers: Timer[] = []
  private nextId = 1
  private nextScope = 1

  constructor(start = Date.UTC(2025, 0, 1)) {
    this.time = start
  }

  readonly now = (): number => this.time

  scope(): TimerScope {
    const scope = this.nextScope++
    let dead = false
    return {
      setTimer: (callback, ms) => {
        const id = this.nextId++
        if (!dead) this.timers.push({ id, at: this.time + Math.max(0, ms), callback, scope })
        return id
      },
      clearTimer: (handle) => {
        this.timers = this.timers.filter((t) => t.id !== handle)
      },
      kill: () => {
        dead = true
        this.timers = this.timers.filter((t) => t.scope !== scope)
      },
    }
  }

  pendingTimers(): number {
    return this.timers.length
  }

  /** Moves time forward by `ms`, firing every timer that falls due on the way (at its own time). */
  advance(ms: number): void {
    const end = this.time + ms
    for (;;) {
      const due = this.timers.filter((t) => t.at <= end).sort((a, b) => a.at - b.at || a.id - b.id)[0]
      if (!due) break
      this.timers = this.timers.filter((t) => t !== due)
      this.time = Math.max(this.time, due.at)
      due.callback()
    }
    this.time = end
  }
}

/** mulberry32: a tiny seeded PRNG, uniform in [0, 1). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}
