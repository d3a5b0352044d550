import { describe, expect, it } from 'vitest'
import {
  BODY_FONT_PX,
  BUTTON_CHAR_PX,
  BUTTON_FONT_PX,
  BUTTON_HEIGHT_PX,
  PANEL_PX_PER_M,
  PANEL_WIDTH_PX,
  TITLE_FONT_PX,
  bodyLines,
  estimateTextWidth,
  hitTest,
  layoutColumn,
  layoutGrid,
  wrapEstimate,
} from '../../../src/xr/panels/panel-model.ts'
import type { PanelButton, PanelModel } from '../../../src/xr/panels/panel-model.ts'
import { expectSaneLayout, must, uvOf } from './layout-checks.ts'

const grid = layoutGrid(
  [{ id: 'a', label: 'A' }, { id: 'b', label: 'B', disabled: true }, null, { id: 'd', label: 'D' }],
  { x: 20, y: 100, width: 600, columns: 2 },
)
const model: PanelModel = { widthPx: 640, heightPx: 400, title: 'Test', lines: [], buttons: grid.buttons }

describe('panel scale', () => {
  it('keeps letters ≥ 1.5 cm tall (cap height ≈ 0.72 em) and targets ≥ 4 cm high on a 0.6 m panel', () => {
    expect(PANEL_WIDTH_PX / PANEL_PX_PER_M).toBeCloseTo(0.6)
    for (const px of [BODY_FONT_PX, BUTTON_FONT_PX, TITLE_FONT_PX]) {
      expect((0.72 * px) / PANEL_PX_PER_M).toBeGreaterThanOrEqual(0.015)
    }
    expect(BUTTON_HEIGHT_PX / PANEL_PX_PER_M).toBeGreaterThanOrEqual(0.04)
  })
})

describe('hitTest', () => {
  it('finds the button under a uv, with v pointing up', () => {
    const [u, v] = uvOf(model, 'a')
    expect(hitTest(model, u, v)).toBe('a')
    expect(hitTest(model, ...uvOf(model, 'd'))).toBe('d')
    // Button "a" is near the top: v near 1, not near 0.
    expect(v).toBeGreaterThan(0.5)
    expect(hitTest(model, u, 1 - v)).toBeNull()
  })

  it('answers null for a disabled button, a gap, an empty cell and outside the panel', () => {
    expect(hitTest(model, ...uvOf(model, 'b'))).toBeNull()
    const a = must(grid.buttons[0])
    const gapX = (a.x + a.w + 6) / model.widthPx
    expect(hitTest(model, gapX, uvOf(model, 'a')[1])).toBeNull()
    // The empty cell (third, first column of the second row) under "a".
    expect(hitTest(model, uvOf(model, 'a')[0], uvOf(model, 'd')[1])).toBeNull()
    expect(hitTest(model, -0.1, 0.5)).toBeNull()
    expect(hitTest(model, 0.5, 1.2)).toBeNull()
    expect(hitTest(model, Number.NaN, 0.5)).toBeNull()
  })
})

describe('layout helpers', () => {
  it('lays a grid out row by row with gaps, skipping null cells', () => {
    expect(grid.buttons.map((b) => b.id)).toEqual(['a', 'b', 'd'])
    const [a, b, d] = [0, 1, 2].map((i) => must(grid.buttons[i])) as [PanelButton, PanelButton, PanelButton]
    expect(a).toMatchObject({ x: 20, y: 100, h: BUTTON_HEIGHT_PX })
    expect(b.y).toBe(100)
    expect(d.x).toBe(b.x)
    expect(d.y).toBeGreaterThan(a.y + a.h)
    expect(grid.bottom).toBe(d.y + d.h)
    expectSaneLayout(model)
  })

  it('stacks a column of buttons of their own heights', () => {
    const col = layoutColumn(
      [
        { spec: { id: 'x', label: 'X' }, h: 80 },
        { spec: { id: 'y', label: 'Y' }, h: 112 },
      ],
      { x: 24, y: 50, width: 900 },
    )
    expect(must(col.buttons[1]).y).toBeGreaterThan(50 + 80)
    expect(col.bottom).toBe(must(col.buttons[1]).y + 112)
  })

  it('wraps text by its estimated width and ends a cut text with an ellipsis', () => {
    const text = 'Secure IV access (flush the existing cannula on a new line or site a second cannula)'
    const lines = wrapEstimate(text, 880, BUTTON_CHAR_PX)
    expect(lines.length).toBeGreaterThan(1)
    expect(lines.join(' ')).toBe(text)
    for (const line of lines) expect(estimateTextWidth(line, BUTTON_CHAR_PX)).toBeLessThanOrEqual(880)
    const one = wrapEstimate(text, 880, BUTTON_CHAR_PX, 1)
    expect(one).toHaveLength(1)
    expect(must(one[0]).endsWith('…')).toBe(true)
  })

  it('pads and caps body lines so a panel keeps its height', () => {
    expect(bodyLines([], 960, { minLines: 3 }).lines).toEqual(['', '', ''])
    const long = bodyLines(['word '.repeat(200)], 960, { maxLines: 2 })
    expect(long.lines).toHaveLength(2)
    expect(must(long.lines[1]).endsWith('…')).toBe(true)
  })
})
