import type { CprTargets } from '../../scenario/schema/index.ts'
import type { CycleSummary } from './compression-meter.ts'

const pct = (x: number) => `${Math.round(x * 100)} %`
const secs = (s: number) => `${Math.round(s * 10) / 10} s`
const mark = (ok: boolean, fix: string) => (ok ? '✓' : `✗ ${fix}`)
const range = (w: { min: number; max: number }) => `${w.min}–${w.max}`

/**
 * The feedback a clinician reads in the headset after a CPR cycle: one short line per target, the measured
 * value, ✓ or ✗ with what to change, and the scene's target in brackets.
 */
export function describeCycle(summary: CycleSummary, targets: CprTargets): string[] {
  const { met } = summary
  const metCount = Object.values(met).filter(Boolean).length
  const rateFix = summary.ratePerMin < targets.ratePerMin.min ? 'push faster' : 'slow down'
  const depthFix = summary.depthMm < targets.depthMm.min ? 'push harder' : 'ease off'
  const recoilTarget = targets.recoilFraction.min >= 1 ? 'every compression' : `≥ ${pct(targets.recoilFraction.min)}`
  return [
    `Cycle ${summary.index}: ${metCount} of ${Object.keys(met).length} targets met`,
    `Rate ${Math.round(summary.ratePerMin)}/min ${mark(met.ratePerMin, rateFix)} (${range(targets.ratePerMin)})`,
    `Depth ${Math.round(summary.depthMm)} mm ${mark(met.depthMm, depthFix)} (${range(targets.depthMm)})`,
    `Full recoil ${pct(summary.recoilFraction)} ${mark(met.recoilFraction, "release fully, don't lean")} (${recoilTarget})`,
    `Longest pause ${secs(summary.longestPauseS)} ${mark(met.longestPauseS, 'keep pauses short')} (≤ ${secs(targets.longestPauseS.max)})`,
    `Compression fraction ${pct(summary.compressionFraction)} ${mark(met.compressionFraction, 'fewer interruptions')} (≥ ${pct(targets.compressionFraction.min)})`,
  ]
}
