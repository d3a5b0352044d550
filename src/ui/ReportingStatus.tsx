import type { ReportingState } from '../store/index.ts'
import { useReporting } from '../store/index.ts'

/** One short line on where the results are: shown in the HUD and, in full, with the results. */
export function reportingSummary(r: ReportingState): { text: string; tone: 'ok' | 'busy' | 'warn' | 'off' } {
  if (r.mode === 'error') return { text: r.message ?? 'Results cannot be recorded.', tone: 'warn' }
  if (r.authPaused) {
    return {
      text: `${r.pending} result${r.pending === 1 ? '' : 's'} kept on this device: the LMS session expired. Relaunch from your LMS to send them.`,
      tone: 'warn',
    }
  }
  if (r.mode === 'off') return { text: r.message ?? 'Results are not recorded.', tone: 'off' }
  if (r.mode === 'connecting') return { text: r.message ?? 'Connecting to the results server…', tone: 'busy' }
  if (r.launchMode !== 'Normal')
    return { text: `${r.launchMode} mode: this run is not scored in your LMS.`, tone: 'off' }
  const refused = r.quarantined > 0 ? ` ${r.quarantined} refused by the LRS: tell your educator.` : ''
  if (r.pending > 0) {
    return { text: `${r.pending} result${r.pending === 1 ? '' : 's'} waiting to be sent.${refused}`, tone: 'busy' }
  }
  if (r.delivered) return { text: `All results delivered.${refused}`, tone: refused ? 'warn' : 'ok' }
  return { text: `Recording results.${refused}`, tone: refused ? 'warn' : 'ok' }
}

/** The delivery status as a polite live region, so that screen-reader users hear when results are safe. */
export function ReportingStatus({ className = '' }: { className?: string }) {
  const state = useReporting((r) => r)
  const { text, tone } = reportingSummary(state)
  return (
    <p className={`reporting-status reporting-${tone} ${className}`} role="status" aria-live="polite">
      {text}
    </p>
  )
}
