/**
 * Statement timestamps on the LRS's clock: a headset's clock can be minutes off, and cmi5 orders a
 * session by timestamp. `offsetMs` (server minus local, from a response's Date header) corrects it;
 * timestamps never repeat or go backwards within a session, even if the local clock does.
 */
export function createStatementClock(offsetMs: number, now: () => number) {
  let last = -Infinity
  return {
    /** Corrected epoch ms, strictly increasing. */
    nowMs(): number {
      const t = Math.max(Math.round(now() + offsetMs), last + 1)
      last = t
      return t
    },
    /** Corrected UTC ISO 8601 with milliseconds (cmi5 9.7 requires UTC). */
    iso(): string {
      return new Date(this.nowMs()).toISOString()
    },
  }
}

export type StatementClock = ReturnType<typeof createStatementClock>

/**
 * Server minus local time from an HTTP Date header (1 s resolution, so offsets under 1 s are ignored);
 * 0 when the header is missing or unreadable.
 */
export function clockOffsetFrom(dateHeader: string | null, localMs: number): number {
  const server = dateHeader ? Date.parse(dateHeader) : Number.NaN
  if (Number.isNaN(server)) return 0
  const offset = server - localMs
  return Math.abs(offset) < 1000 ? 0 : offset
}
