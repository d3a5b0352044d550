import type { ScoreItem, ScoreReport } from '../../scoring/types.ts'

export const percent = (x: number) => `${Math.round(x * 100)} %`

/** Why a run failed, in words (empty when it passed). */
export function failReasons(report: ScoreReport): string[] {
  const label = (id: string) => report.items.find((i) => i.id === id)?.label ?? id
  const reasons: string[] = []
  if (report.criticalMissed.length > 0) {
    reasons.push(`Critical items not met: ${report.criticalMissed.map(label).join('; ')}.`)
  }
  if (report.criticalHarm.length > 0) reasons.push(`Critical harm: ${report.criticalHarm.map(label).join('; ')}.`)
  if (report.scaled < report.masteryScore) {
    reasons.push(`Score ${percent(report.scaled)} is below the mastery score of ${percent(report.masteryScore)}.`)
  }
  return reasons
}

const plural = (n: number) => (n === 1 ? 'point' : 'points')

/** "2 of 2 points", "−5 points" (a real minus sign), "No deduction", "Not counted". */
export function pointsText(item: ScoreItem): string {
  if (!item.applicable) return 'Not counted'
  const positive = item.class === 'critical' || item.class === 'recommended' || item.class === 'neutral'
  if (positive) return `${item.awarded} of ${item.points} ${plural(item.points)}`
  if (item.awarded === 0) return 'No deduction'
  const lost = Math.abs(item.awarded)
  return `−${lost} ${plural(lost)}`
}

export type ItemStatus = 'met' | 'not-met' | 'na'
export const statusOf = (item: ScoreItem): ItemStatus => (!item.applicable ? 'na' : item.met ? 'met' : 'not-met')
