import { useEffect, useId, useRef, useState, type CSSProperties } from 'react'
import { simStore, useSim } from '../store/index.ts'
import { createMonitorDrawer } from '../world/monitor/draw-monitor.ts'
import {
  describeMonitor,
  numericRows,
  selectMonitorSummary,
  type NumericRow,
} from '../world/monitor/monitor-summary.ts'
import { COLOURS } from '../world/monitor/monitor-text.ts'

/** Canvas aspect ratio (height / width), as the bedside screen. */
const ASPECT = 0.625
const MAX_DPR = 2

const ROW_COLOUR: Record<NumericRow['id'], string> = {
  hr: COLOURS.ecg,
  nibp: COLOURS.nibp,
  spo2: COLOURS.pleth,
  rr: COLOURS.rr,
  etco2: COLOURS.capno,
  temp: COLOURS.temp,
}

/**
 * The patient monitor as a DOM panel: the same screen as the 3D monitor on a canvas (hideable, to
 * save room on a phone), and the numerics as text, refreshed about once a second.
 */
export function MonitorPanel() {
  const summary = useSim(selectMonitorSummary)
  const [showWaves, setShowWaves] = useState(true)
  const wavesId = useId()
  const label = describeMonitor(summary)

  return (
    <div className="monitor-panel" style={styles.panel}>
      {showWaves && <MonitorCanvas id={wavesId} label={label} />}
      {summary && (
        <ul aria-label="Monitor numerics" style={styles.list}>
          {numericRows(summary).map((row) => (
            <NumericItem key={row.id} row={row} />
          ))}
        </ul>
      )}
      <p aria-live="polite" style={summary?.alarms.length ? styles.alarmLine : styles.quietLine}>
        {summary?.alarms.length ? `Alarms: ${summary.alarms.map((a) => a.text).join(', ')}` : 'No alarms'}
      </p>
      <button
        type="button"
        className="button-secondary"
        style={styles.toggle}
        aria-expanded={showWaves}
        aria-controls={wavesId}
        onClick={() => setShowWaves((v) => !v)}
      >
        {showWaves ? 'Hide waveforms' : 'Show waveforms'}
      </button>
    </div>
  )
}

function NumericItem({ row }: { row: NumericRow }) {
  const alarm = row.alarm
  const style: CSSProperties = {
    ...styles.item,
    color: alarm === 'high' ? COLOURS.onAlarmHigh : alarm === 'medium' ? COLOURS.onAlarmMedium : ROW_COLOUR[row.id],
    background: alarm === 'high' ? COLOURS.alarmHigh : alarm === 'medium' ? COLOURS.alarmMedium : 'transparent',
    opacity: row.monitored ? 1 : 0.6,
  }
  return (
    <li style={style}>
      <span style={styles.itemLabel}>
        {row.label} <span style={styles.unit}>{row.unit}</span>
        {alarm && <span style={styles.alarmTag}> alarm</span>}
      </span>
      <span style={styles.value} aria-hidden="true">
        {row.value}
      </span>
      <span className="visually-hidden">{row.spoken}</span>
    </li>
  )
}

/** The monitor screen on a canvas sized to its box (device pixels, up to 2×), redrawn every animation frame. */
function MonitorCanvas({ id, label }: { id: string; label: string }) {
  const ref = useRef<HTMLCanvasElement>(null)

  useEffect(() => {
    const canvas = ref.current
    const ctx = canvas?.getContext('2d')
    if (!canvas || !ctx) return
    let drawer: ReturnType<typeof createMonitorDrawer> | null = null
    const fit = () => {
      const dpr = Math.min(MAX_DPR, window.devicePixelRatio || 1)
      const w = Math.max(320, Math.round(canvas.clientWidth * dpr))
      const h = Math.round(w * ASPECT)
      if (drawer && canvas.width === w && canvas.height === h) return
      canvas.width = w
      canvas.height = h
      drawer = createMonitorDrawer(ctx, w, h)
    }
    fit()
    const observer = new ResizeObserver(fit)
    observer.observe(canvas)
    let frame = requestAnimationFrame(function tick(now) {
      drawer?.draw(simStore.getState(), now)
      frame = requestAnimationFrame(tick)
    })
    return () => {
      cancelAnimationFrame(frame)
      observer.disconnect()
    }
  }, [])

  return <canvas id={id} ref={ref} role="img" aria-label={label} style={styles.canvas} />
}

const styles = {
  panel: {
    background: '#000',
    color: '#fff',
    borderRadius: '0.5rem',
    padding: '0.5rem',
    display: 'grid',
    gap: '0.5rem',
  },
  canvas: { display: 'block', width: '100%', aspectRatio: `1 / ${ASPECT}`, borderRadius: '0.25rem' },
  list: {
    listStyle: 'none',
    margin: 0,
    padding: 0,
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(7.5rem, 1fr))',
    gap: '0.25rem',
  },
  item: {
    display: 'flex',
    flexDirection: 'column',
    padding: '0.25rem 0.5rem',
    borderRadius: '0.25rem',
    border: '1px solid #2b3138',
  },
  itemLabel: { fontSize: '0.875rem', fontWeight: 700 },
  unit: { fontWeight: 400 },
  alarmTag: { fontWeight: 700, textTransform: 'uppercase' },
  value: { fontSize: '1.5rem', fontWeight: 700, lineHeight: 1.2, fontVariantNumeric: 'tabular-nums' },
  alarmLine: { margin: 0, padding: '0.25rem 0.5rem', fontWeight: 700, color: COLOURS.alarmMedium },
  quietLine: { margin: 0, padding: '0.25rem 0.5rem', color: COLOURS.label },
  toggle: { justifySelf: 'start', minHeight: 'var(--touch, 2.75rem)', cursor: 'pointer' },
} satisfies Record<string, CSSProperties>
