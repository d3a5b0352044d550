import { useEffect, useRef } from 'react'
import uPlot from 'uplot'
import 'uplot/dist/uPlot.min.css'
import type { Debrief } from './model/index.ts'
import { formatSimTime } from './format.ts'

const SERIES = [
  { key: 'hr', label: 'HR /min', stroke: '#15803d' },
  { key: 'sbp', label: 'SBP mmHg', stroke: '#b91c1c' },
  { key: 'spo2', label: 'SpO2 %', stroke: '#0369a1' },
  { key: 'etco2', label: 'EtCO2', stroke: '#a16207' },
  { key: 'rr', label: 'RR /min', stroke: '#7c3aed' },
] as const

/**
 * HR, SBP, SpO2, EtCO2 and RR over the run (uPlot: small, fast, canvas), with a dashed line at each
 * learner action so an educator sees what the patient did after it.
 */
export function VitalsChart({ debrief, width }: { debrief: Debrief; width: number }) {
  const host = useRef<HTMLDivElement>(null)

  useEffect(() => {
    if (!host.current) return
    const { vitals, markers } = debrief
    const data: uPlot.AlignedData = [vitals.t, ...SERIES.map((s) => vitals[s.key])]
    const chart = new uPlot(
      {
        width,
        height: 260,
        scales: { x: { time: false } },
        axes: [{ values: (_u, ticks) => ticks.map((t) => formatSimTime(t * 1000)) }, {}],
        series: [
          { label: 'Sim time', value: (_u, v) => (v == null ? '' : formatSimTime(v * 1000)) },
          ...SERIES.map((s) => ({ label: s.label, stroke: s.stroke, width: 2, spanGaps: false })),
        ],
        hooks: {
          draw: [
            (u) => {
              const ctx = u.ctx
              ctx.save()
              ctx.strokeStyle = '#475569'
              ctx.setLineDash([4, 4])
              for (const m of markers) {
                const x = u.valToPos(m.atMs / 1000, 'x', true)
                ctx.beginPath()
                ctx.moveTo(x, u.bbox.top)
                ctx.lineTo(x, u.bbox.top + u.bbox.height)
                ctx.stroke()
              }
              ctx.restore()
            },
          ],
        },
      },
      data,
      host.current,
    )
    return () => chart.destroy()
  }, [debrief, width])

  return (
    <figure className="vitals-chart">
      <div ref={host} role="img" aria-label="Vital signs over the run, with a dashed line at each action" />
      <figcaption className="muted">Dashed lines: the learner’s actions (see the timeline).</figcaption>
    </figure>
  )
}
