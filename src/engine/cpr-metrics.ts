import type { CprMetrics } from './types.ts'

/** The fields of CprMetrics, in order (the xAPI profile's cpr-metrics schema lists the same). */
export const CPR_METRIC_KEYS = [
  'ratePerMin',
  'depthMm',
  'recoilFraction',
  'longestPauseS',
  'compressionFraction',
  'compressions',
  'windowS',
] as const satisfies readonly (keyof CprMetrics)[]
const FRACTIONS: readonly (keyof CprMetrics)[] = ['recoilFraction', 'compressionFraction']

/**
 * A copy of the measured metrics with exactly the known fields, or null when one is not a finite number ≥ 0 (or
 * a fraction above 1, a count not whole): the event log keeps only what the debrief and xAPI can trust, and the
 * copy is not shared with the caller, who may reuse its object.
 */
export function cleanCprMetrics(m: CprMetrics): CprMetrics | null {
  const out = {} as CprMetrics
  for (const key of CPR_METRIC_KEYS) {
    const value = m[key]
    if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) return null
    if (FRACTIONS.includes(key) && value > 1) return null
    if (key === 'compressions' && !Number.isInteger(value)) return null
    out[key] = value
  }
  return out
}
