import type { AlarmPriority } from './monitor-readout.ts'
import { COLOURS, font } from './monitor-text.ts'

/** A numeric parameter box: label and unit on top, the big value at the right, an optional line below. */
export interface NumericBlock {
  x: number
  y: number
  width: number
  height: number
  label: string
  unit: string
  colour: string
  labelFont: string
  valueFont: string
  subFont: string
  /** Baseline of the big value. */
  valueBaseline: number
  pad: number
  labelPx: number
  /** Where the second part of the small line starts, after the first. */
  subOffset: number
  /** The unit sits just after the label. */
  unitX: number
  unitFont: string
}

export function createBlock(
  ctx: CanvasRenderingContext2D,
  x: number,
  y: number,
  width: number,
  height: number,
  label: string,
  unit: string,
  colour: string,
  valueScale: number,
): NumericBlock {
  const pad = Math.max(3, Math.round(height * 0.06))
  const labelPx = Math.max(9, Math.min(height * 0.17, width * 0.11))
  const labelFont = font(labelPx)
  // Measured once here: labels are constant, and measureText allocates.
  ctx.font = labelFont
  const labelWidth = ctx.measureText(label).width
  return {
    x,
    y,
    width,
    height,
    label,
    unit,
    colour,
    labelFont,
    labelPx,
    valueFont: font(height * valueScale),
    subFont: font(labelPx * 0.95),
    valueBaseline: y + height * 0.82,
    pad,
    subOffset: labelPx * 0.95 * 2.6,
    unitX: x + pad + labelWidth + labelPx * 0.45,
    unitFont: font(labelPx * 0.8, false),
  }
}

/** Box, label and unit of a block; returns the colour its value should be drawn in. */
export function drawBlockFrame(
  ctx: CanvasRenderingContext2D,
  b: NumericBlock,
  alarm: AlarmPriority | null,
  off: boolean,
): string {
  let ink: string = b.colour
  if (alarm) {
    ctx.fillStyle = alarm === 'high' ? COLOURS.alarmHigh : COLOURS.alarmMedium
    ctx.fillRect(b.x + 1, b.y + 1, b.width - 2, b.height - 2)
    ink = alarm === 'high' ? COLOURS.onAlarmHigh : COLOURS.onAlarmMedium
  }
  ctx.globalAlpha = off ? 0.45 : 1
  ctx.fillStyle = ink
  ctx.font = b.labelFont
  ctx.textBaseline = 'top'
  ctx.textAlign = 'left'
  ctx.fillText(b.label, b.x + b.pad, b.y + b.pad)
  ctx.font = b.unitFont
  ctx.textBaseline = 'alphabetic'
  // Same baseline as the label: about 0.77 of its font size below its top.
  ctx.fillText(b.unit, b.unitX, b.y + b.pad + b.labelPx * 0.77)
  return ink
}

/** The big value, right-aligned. */
export function drawBlockValue(ctx: CanvasRenderingContext2D, b: NumericBlock, value: string, ink: string): void {
  ctx.fillStyle = ink
  ctx.font = b.valueFont
  ctx.textBaseline = 'alphabetic'
  ctx.textAlign = 'right'
  ctx.fillText(value, b.x + b.width - b.pad, b.valueBaseline)
}

/** A small two-part line at the bottom left ("PR" "80"), or under the label ("4.7" "kPa"). */
export function drawBlockSub(
  ctx: CanvasRenderingContext2D,
  b: NumericBlock,
  first: string,
  second: string,
  ink: string,
  underLabel = false,
): void {
  ctx.fillStyle = ink
  ctx.font = b.subFont
  ctx.textBaseline = underLabel ? 'top' : 'bottom'
  ctx.textAlign = 'left'
  const y = underLabel ? b.y + b.pad + b.labelPx * 1.3 : b.y + b.height - b.pad
  ctx.fillText(first, b.x + b.pad, y)
  ctx.fillText(second, b.x + b.pad + b.subOffset, y)
}

/** Ends a block: restores full opacity. */
export function endBlock(ctx: CanvasRenderingContext2D): void {
  ctx.globalAlpha = 1
}
