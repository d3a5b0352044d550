import {
  BODY_FONT_PX,
  BODY_TOP_PX,
  BUTTON_FONT_PX,
  BUTTON_LINE_PX,
  BUTTON_PAD_PX,
  LINE_PX,
  PADDING_PX,
  TITLE_BAND_PX,
  TITLE_FONT_PX,
} from './panel-model.ts'
import type { ButtonTone, PanelButton, PanelModel } from './panel-model.ts'

/**
 * Dark panel, light text, contrast ≥ 7:1 for text on its fill (buttons ≥ 4.5:1). Nothing blinks or
 * animates: hover is a steady outline and a lighter fill.
 */
export const PANEL_COLOURS = {
  background: '#0d1117',
  border: '#8b949e',
  title: '#ffffff',
  text: '#e6edf3',
  caption: '#b1bac4',
  rule: '#30363d',
  hoverOutline: '#ffffff',
  disabledFill: '#161b22',
  disabledText: '#8b949e',
} as const

const TONES: Record<ButtonTone, { fill: string; hoverFill: string; text: string }> = {
  neutral: { fill: '#2d333b', hoverFill: '#444c56', text: '#ffffff' },
  primary: { fill: '#1158c7', hoverFill: '#1f6feb', text: '#ffffff' },
  danger: { fill: '#a40e26', hoverFill: '#cf222e', text: '#ffffff' },
  // Chosen (unit, route): a bright fill with dark text, unmistakable next to the dark neutral buttons.
  selected: { fill: '#ffd33d', hoverFill: '#ffe070', text: '#000000' },
}

/** System fonts only: the app works offline and fetches no web font. */
const FONT_STACK = 'Arial, "Liberation Sans", Helvetica, "DejaVu Sans", sans-serif'
const font = (px: number, bold: boolean) => `${bold ? 'bold ' : ''}${px}px ${FONT_STACK}`

/** Draws the whole panel (called only when the model or the hovered button changed). */
export function drawPanel(ctx: CanvasRenderingContext2D, model: PanelModel, hoveredId: string | null = null): void {
  const { widthPx: w, heightPx: h } = model
  const inner = w - 2 * PADDING_PX
  ctx.fillStyle = PANEL_COLOURS.background
  ctx.fillRect(0, 0, w, h)
  ctx.strokeStyle = PANEL_COLOURS.border
  ctx.lineWidth = 4
  ctx.strokeRect(2, 2, w - 4, h - 4)

  ctx.textAlign = 'left'
  ctx.textBaseline = 'middle'
  ctx.fillStyle = PANEL_COLOURS.title
  ctx.font = font(TITLE_FONT_PX, true)
  ctx.fillText(fitLine(ctx, model.title, inner), PADDING_PX, PADDING_PX + TITLE_BAND_PX / 2 - 4, inner)
  ctx.fillStyle = PANEL_COLOURS.rule
  ctx.fillRect(PADDING_PX, PADDING_PX + TITLE_BAND_PX - 6, inner, 2)

  ctx.fillStyle = PANEL_COLOURS.text
  ctx.font = font(BODY_FONT_PX, false)
  model.lines.forEach((line, i) => {
    if (line) ctx.fillText(fitLine(ctx, line, inner), PADDING_PX, BODY_TOP_PX + i * LINE_PX + LINE_PX / 2, inner)
  })

  ctx.fillStyle = PANEL_COLOURS.caption
  ctx.font = font(BODY_FONT_PX, true)
  for (const c of model.captions ?? []) ctx.fillText(c.text, c.x, c.y + LINE_PX / 2, w - c.x - PADDING_PX)

  for (const b of model.buttons) drawButton(ctx, b, b.id === hoveredId && !b.disabled)
}

function drawButton(ctx: CanvasRenderingContext2D, b: PanelButton, hovered: boolean): void {
  const tone = TONES[b.tone ?? 'neutral']
  ctx.fillStyle = b.disabled ? PANEL_COLOURS.disabledFill : hovered ? tone.hoverFill : tone.fill
  ctx.fillRect(b.x, b.y, b.w, b.h)
  if (hovered) {
    ctx.strokeStyle = PANEL_COLOURS.hoverOutline
    ctx.lineWidth = 6
    ctx.strokeRect(b.x + 3, b.y + 3, b.w - 6, b.h - 6)
  } else if (b.disabled) {
    ctx.strokeStyle = PANEL_COLOURS.rule
    ctx.lineWidth = 2
    ctx.strokeRect(b.x + 1, b.y + 1, b.w - 2, b.h - 2)
  }
  ctx.fillStyle = b.disabled ? PANEL_COLOURS.disabledText : tone.text
  ctx.font = font(BUTTON_FONT_PX, true)
  ctx.textAlign = 'center'
  ctx.textBaseline = 'middle'
  // Narrow keys (the number pad) get a smaller margin so "Delete" stays whole.
  const maxW = b.w - 2 * (b.w < 200 ? BUTTON_PAD_PX / 2 : BUTTON_PAD_PX)
  const maxLines = Math.max(1, Math.floor((b.h - 8) / BUTTON_LINE_PX))
  const lines = wrapMeasured(ctx, b.label, maxW, maxLines)
  const top = b.y + b.h / 2 - ((lines.length - 1) * BUTTON_LINE_PX) / 2
  lines.forEach((line, i) => ctx.fillText(line, b.x + b.w / 2, top + i * BUTTON_LINE_PX, maxW))
  ctx.textAlign = 'left'
}

const SQUEEZE = 1.15

/** One line cut to the width with "…" by the real font metrics. */
export function fitLine(ctx: CanvasRenderingContext2D, text: string, maxW: number): string {
  // Up to 15% too wide: fillText's maxWidth narrows it slightly, which reads better than a cut word.
  if (ctx.measureText(text).width <= maxW * SQUEEZE) return text
  let cut = text
  while (cut.length > 1 && ctx.measureText(`${cut}…`).width > maxW) cut = cut.slice(0, -1)
  return `${cut.trimEnd()}…`
}

/** Word-wraps with the real font metrics; an overlong last line is cut with "…". */
export function wrapMeasured(ctx: CanvasRenderingContext2D, text: string, maxW: number, maxLines: number): string[] {
  const fits = (s: string) => ctx.measureText(s).width <= maxW
  const lines: string[] = []
  const words = text.split(/\s+/).filter(Boolean)
  let line = ''
  for (let i = 0; i < words.length; i++) {
    const word = words[i] ?? ''
    const tried = line ? `${line} ${word}` : word
    if (!line || fits(tried)) {
      line = tried
      continue
    }
    if (lines.length === maxLines - 1) {
      line = [line, ...words.slice(i)].join(' ')
      break
    }
    lines.push(line)
    line = word
  }
  if (!line) return lines
  lines.push(lines.length === maxLines - 1 ? fitLine(ctx, line, maxW) : line)
  return lines
}
