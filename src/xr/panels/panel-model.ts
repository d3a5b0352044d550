/**
 * In-world panels as plain data: a size in texture pixels, a title, body lines and buttons with their
 * rectangles. Pure (no React, three or DOM), so layout and hit testing are tested in Node.
 *
 * Scale: 1600 px a metre (16 px a centimetre). A 0.6 m panel is 960 px wide. Read at 0.6–0.8 m by
 * people who may wear glasses under the headset, so text is large: body and button text 36 px (cap
 * height ≈ 26 px ≈ 1.6 cm), titles 44 px (caps ≈ 2 cm), and no target is under 80 px (5 cm) high.
 */

export const PANEL_PX_PER_M = 1600
export const PANEL_WIDTH_PX = 960

export const TITLE_FONT_PX = 44
export const BODY_FONT_PX = 36
export const BUTTON_FONT_PX = 36
/** Body lines and wrapped button labels advance by this much. */
export const LINE_PX = 44
export const BUTTON_LINE_PX = 40

export const PADDING_PX = 24
export const GAP_PX = 16
/** Between buttons of one grid: wide enough that a ray on the gap hits neither. */
export const BUTTON_GAP_PX = 12
export const TITLE_BAND_PX = 72
/** The smallest target: 5 cm, comfortable for a controller ray or a hand pinch. */
export const BUTTON_HEIGHT_PX = 80
/** Left and right inner margin of a button's label. */
export const BUTTON_PAD_PX = 16

export type ButtonTone = 'primary' | 'danger' | 'neutral' | 'selected'

export interface PanelButton {
  id: string
  /** Rectangle in texture pixels, origin top-left. */
  x: number
  y: number
  w: number
  h: number
  label: string
  tone?: ButtonTone
  disabled?: boolean
}

/** A small heading over a group of buttons ("Unit", "Route"); drawn at (x, y) = its top-left. */
export interface PanelCaption {
  x: number
  y: number
  text: string
}

export interface PanelModel {
  widthPx: number
  heightPx: number
  /** One line; the drawer cuts a too-long title with "…". */
  title: string
  /** Body text, one entry a drawn line from the top of the body (BODY_TOP_PX); cut with "…" if too wide. */
  lines: string[]
  buttons: PanelButton[]
  captions?: PanelCaption[]
}

/** Where body lines start: under the title band. */
export const BODY_TOP_PX = PADDING_PX + TITLE_BAND_PX

/**
 * The enabled button under texture coordinate (u, v), as three reports `intersection.uv`: both 0–1,
 * v pointing up (so v = 1 is the panel's top edge). Disabled buttons and gaps answer null.
 */
export function hitTest(model: PanelModel, u: number, v: number): string | null {
  if (!(u >= 0 && u <= 1 && v >= 0 && v <= 1)) return null
  const x = u * model.widthPx
  const y = (1 - v) * model.heightPx
  for (const b of model.buttons) {
    if (x >= b.x && x <= b.x + b.w && y >= b.y && y <= b.y + b.h) return b.disabled ? null : b.id
  }
  return null
}

// ---------------------------------------------------------------- text estimates

/**
 * Average character widths for estimating text without a canvas. Arial (or Liberation Sans) averages
 * about 0.46 em a character in bold and 0.45 in regular on these labels; the estimates are wider, so
 * what the layout reserves is enough. The drawer measures for real and cuts with "…" if ever needed.
 */
export const BUTTON_CHAR_PX = BUTTON_FONT_PX * 0.55
export const BODY_CHAR_PX = BODY_FONT_PX * 0.5

export const estimateTextWidth = (text: string, charPx: number): number => text.length * charPx

/** Word-wraps by the estimate; past `maxLines` the last line ends in "…". */
export function wrapEstimate(text: string, widthPx: number, charPx: number, maxLines = Infinity): string[] {
  const lines: string[] = []
  let line = ''
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const tried = line ? `${line} ${word}` : word
    if (line && estimateTextWidth(tried, charPx) > widthPx) {
      lines.push(line)
      line = word
    } else line = tried
  }
  if (line) lines.push(line)
  if (lines.length <= maxLines) return lines
  const kept = lines.slice(0, maxLines)
  kept[maxLines - 1] = ellipsize(lines.slice(maxLines - 1).join(' '), widthPx, charPx)
  return kept
}

/** Cuts text to what fits the estimate, ending in "…". */
export function ellipsize(text: string, widthPx: number, charPx: number): string {
  if (estimateTextWidth(text, charPx) <= widthPx) return text
  const chars = Math.max(1, Math.floor(widthPx / charPx) - 1)
  return `${text.slice(0, chars).trimEnd()}…`
}

/** Lines a button label needs (by the estimate), at most `maxLines`. */
export const labelLines = (label: string, buttonWidthPx: number, maxLines = 2): number =>
  Math.max(1, wrapEstimate(label, buttonWidthPx - 2 * BUTTON_PAD_PX, BUTTON_CHAR_PX, maxLines).length)

/** A button tall enough for `lines` lines of label, never under the 5 cm minimum. */
export const buttonHeightFor = (lines: number): number =>
  Math.max(BUTTON_HEIGHT_PX, lines * BUTTON_LINE_PX + 2 * BUTTON_PAD_PX)

// ---------------------------------------------------------------- layout

/**
 * The panel's body text wrapped to its width, padded to `minLines` (so a panel keeps its height while
 * a message comes and goes) and capped at `maxLines`; `bottom` is where the content below may start.
 */
export function bodyLines(
  texts: readonly string[],
  widthPx: number,
  options: { minLines?: number; maxLines?: number } = {},
): { lines: string[]; bottom: number } {
  const inner = widthPx - 2 * PADDING_PX
  const maxLines = options.maxLines ?? Infinity
  let lines = texts.flatMap((t) => (t === '' ? [''] : wrapEstimate(t, inner, BODY_CHAR_PX)))
  if (lines.length > maxLines) {
    const last = lines.slice(maxLines - 1).join(' ')
    lines = [...lines.slice(0, maxLines - 1), ellipsize(last, inner, BODY_CHAR_PX)]
  }
  while (lines.length < (options.minLines ?? 0)) lines.push('')
  return { lines, bottom: BODY_TOP_PX + lines.length * LINE_PX + GAP_PX }
}

export interface ButtonSpec {
  id: string
  label: string
  tone?: ButtonTone
  disabled?: boolean
}

export interface GridOptions {
  x: number
  y: number
  width: number
  columns: number
  rowHeightPx?: number
  gapPx?: number
}

/**
 * Lays buttons out row by row in equal columns; a null leaves its cell empty. `bottom` is the y just
 * under the last row (equal to `y` when there is nothing to lay out).
 */
export function layoutGrid(
  specs: readonly (ButtonSpec | null)[],
  options: GridOptions,
): { buttons: PanelButton[]; bottom: number } {
  const { x, y, width, columns } = options
  const rowH = options.rowHeightPx ?? BUTTON_HEIGHT_PX
  const gap = options.gapPx ?? BUTTON_GAP_PX
  const cellW = (width - gap * (columns - 1)) / columns
  const buttons: PanelButton[] = []
  specs.forEach((spec, i) => {
    if (!spec) return
    const col = i % columns
    const row = Math.floor(i / columns)
    buttons.push({ ...spec, x: x + col * (cellW + gap), y: y + row * (rowH + gap), w: cellW, h: rowH })
  })
  const rows = Math.ceil(specs.length / columns)
  return { buttons, bottom: rows === 0 ? y : y + rows * rowH + (rows - 1) * gap }
}

/** Stacks full-width buttons of their own heights (an action list); `bottom` as for layoutGrid. */
export function layoutColumn(
  specs: readonly { spec: ButtonSpec; h: number }[],
  options: { x: number; y: number; width: number; gapPx?: number },
): { buttons: PanelButton[]; bottom: number } {
  const gap = options.gapPx ?? BUTTON_GAP_PX
  let y = options.y
  const buttons = specs.map(({ spec, h }, i) => {
    const button: PanelButton = { ...spec, x: options.x, y, w: options.width, h }
    y += h + (i < specs.length - 1 ? gap : 0)
    return button
  })
  return { buttons, bottom: y }
}
