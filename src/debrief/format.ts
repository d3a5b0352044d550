export { formatSimTime } from './model/index.ts'

export const formatPercent = (scaled: number) => `${Math.round(scaled * 100)} %`

/** A UTC ISO timestamp in the educator's locale, to the minute. */
export function formatDate(iso: string): string {
  const date = new Date(iso)
  return Number.isNaN(date.getTime())
    ? iso
    : date.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' })
}
