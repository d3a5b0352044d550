import type { SimState } from '../../engine/types.ts'
import type { Scenario } from '../../scenario/schema/index.ts'
import { alarmPriority, alarmText } from './monitor-readout.ts'
import { COLOURS, font } from './monitor-text.ts'

/**
 * The alarm messages in the header, between `x0` and `x1`: red boxes for lethal rhythms first, then
 * yellow ones for vitals out of limits, as many as fit. Steady colours, no flashing.
 */
export function createAlarmBar(ctx: CanvasRenderingContext2D, x0: number, x1: number, headerH: number) {
  const alarmFont = font(headerH * 0.46)
  // Measured once per message: there are few, constant messages, and measureText allocates.
  const widths = new Map<string, number>()
  const boxWidth = (message: string) => {
    let w = widths.get(message)
    if (w === undefined) {
      ctx.font = alarmFont
      w = Math.round(ctx.measureText(message).width + headerH * 0.8)
      widths.set(message, w)
    }
    return w
  }

  return function drawAlarmBar(sim: Readonly<SimState>, scenario: Scenario | null): void {
    let x = x0
    ctx.font = alarmFont
    ctx.textAlign = 'center'
    ctx.textBaseline = 'middle'
    for (let pass = 0; pass < 2; pass++) {
      const high = pass === 0
      for (const alarm of sim.alarms) {
        if ((alarmPriority(alarm) === 'high') !== high) continue
        const message = alarmText(alarm, sim, scenario)
        const w = boxWidth(message)
        if (x + w > x1) return
        ctx.fillStyle = high ? COLOURS.alarmHigh : COLOURS.alarmMedium
        ctx.fillRect(x, headerH * 0.1, w, headerH * 0.8)
        ctx.fillStyle = high ? COLOURS.onAlarmHigh : COLOURS.onAlarmMedium
        ctx.font = alarmFont
        ctx.fillText(message, x + w / 2, headerH / 2)
        x += w + headerH * 0.2
      }
    }
  }
}
