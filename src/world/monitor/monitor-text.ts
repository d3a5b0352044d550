/** Colours, fonts and cached number strings of the monitor screen (drawing allocates no strings per frame). */

export const COLOURS = {
  background: '#000000',
  grid: '#262b30',
  label: '#9aa4ad',
  ecg: '#3dff6e',
  pleth: '#35e6ff',
  capno: '#ffe04a',
  rr: '#ffe04a',
  nibp: '#f2f2f2',
  temp: '#ffb06a',
  alarmHigh: '#e3161c',
  alarmMedium: '#ffd21f',
  onAlarmHigh: '#ffffff',
  onAlarmMedium: '#000000',
  status: '#c9d1d9',
} as const

/** System fonts only (no web fonts): Arial or its metric twin, else any sans-serif. */
const FONT_STACK = 'Arial, "Liberation Sans", Helvetica, "DejaVu Sans", sans-serif'

export const font = (px: number, bold = true): string =>
  `${bold ? 'bold ' : ''}${Math.max(6, Math.round(px))}px ${FONT_STACK}`

export const NO_READING = '---'

const ints: string[] = []
/** A whole number as text, cached (0–999). */
export function intText(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n > 999) return String(n)
  return (ints[n] ??= String(n))
}

const tenths: string[] = []
/** Tenths as a one-decimal string: 368 → "36.8", cached (0–999). */
export function tenthsText(t: number): string {
  if (!Number.isInteger(t) || t < 0 || t > 999) return (t / 10).toFixed(1)
  return (tenths[t] ??= (t / 10).toFixed(1))
}

const parens: string[] = []
/** "(93)", cached: the mean arterial pressure under the NIBP. */
export function parenText(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n > 999) return `(${n})`
  return (parens[n] ??= `(${n})`)
}

/** Formats whole seconds as mm:ss, remembering the last answer (the clock changes once a second). */
export function createClockText(): (totalSec: number) => string {
  let lastSec = -1
  let text = '00:00'
  return (totalSec) => {
    if (totalSec !== lastSec) {
      lastSec = totalSec
      const m = Math.floor(totalSec / 60)
      const s = totalSec % 60
      text = `${m < 10 ? '0' : ''}${m}:${s < 10 ? '0' : ''}${s}`
    }
    return text
  }
}

/** mmHg → kPa in tenths (for "4.7 kPa" under EtCO2). */
export const kPaTenths = (mmHg: number): number => Math.round(mmHg / 0.750062)
