/**
 * ISO 8601 durations for `result.duration` (xAPI Data §4.6): the `PnDTnHnMnS` form (never `hh:mm:ss`), at most
 * 0.01 s precision ("a Learning Record Provider SHOULD use at most 0.01 s precision").
 */

const CS_PER_SECOND = 100
const CS_PER_MINUTE = 60 * CS_PER_SECOND
const CS_PER_HOUR = 60 * CS_PER_MINUTE
const CS_PER_DAY = 24 * CS_PER_HOUR

/** What xAPI accepts for a duration (the same grammar as the LearningLocker validator). */
export const ISO_DURATION_PATTERN =
  /^P(?=\d|T\d)(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)([DW]))?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/

/**
 * Formats milliseconds, rounded to the nearest 0.01 s: 754_500 → `PT12M34.5S`, 0 → `PT0S`, 90_000_000 → `P1DT1H`.
 * Days are used from 24 h on (ISO 8601 lets hours exceed 24 only "by mutual agreement").
 */
export function formatIsoDuration(ms: number): string {
  if (!Number.isFinite(ms) || ms < 0) throw new RangeError(`expected a duration ≥ 0 ms, got ${ms}`)
  let cs = Math.round(ms / 10)
  const days = Math.floor(cs / CS_PER_DAY)
  cs -= days * CS_PER_DAY
  const hours = Math.floor(cs / CS_PER_HOUR)
  cs -= hours * CS_PER_HOUR
  const minutes = Math.floor(cs / CS_PER_MINUTE)
  cs -= minutes * CS_PER_MINUTE
  const fraction = cs % CS_PER_SECOND
  const seconds = `${(cs - fraction) / CS_PER_SECOND}${fraction ? `.${String(fraction).padStart(2, '0').replace(/0$/, '')}` : ''}`

  const date = days ? `${days}D` : ''
  const time = `${hours ? `${hours}H` : ''}${minutes ? `${minutes}M` : ''}${cs ? `${seconds}S` : ''}`
  if (!date && !time) return 'PT0S'
  return `P${date}${time ? `T${time}` : ''}`
}
