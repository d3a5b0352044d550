import { describe, expect, it } from 'vitest'
import { PANEL_COLOURS, drawPanel, wrapMeasured } from '../../../src/xr/panels/draw-panel.ts'
import { layoutGrid } from '../../../src/xr/panels/panel-model.ts'
import type { PanelModel } from '../../../src/xr/panels/panel-model.ts'
import { createFakeContext } from './fake-context.ts'
import { must } from './layout-checks.ts'

const model: PanelModel = {
  widthPx: 960,
  heightPx: 400,
  title: 'Drug cart',
  lines: ['Not done: choose a route.', ''],
  captions: [{ x: 24, y: 150, text: 'Route' }],
  buttons: layoutGrid(
    [
      { id: 'give', label: 'Give', tone: 'primary' },
      { id: 'off', label: 'Off', disabled: true },
      { id: 'route:im', label: 'IM (intramuscular)', tone: 'selected' },
    ],
    { x: 24, y: 200, width: 912, columns: 3 },
  ).buttons,
}

describe('drawPanel', () => {
  it('draws the background, title, lines, captions and every button label in system fonts', () => {
    const fake = createFakeContext()
    drawPanel(fake.ctx, model)
    expect(fake.rects[0]).toMatchObject({ fill: PANEL_COLOURS.background, x: 0, y: 0, w: 960, h: 400 })
    const texts = fake.texts.map((t) => t.text)
    expect(texts).toEqual(expect.arrayContaining(['Drug cart', 'Not done: choose a route.', 'Route', 'Give', 'Off']))
    // Too wide for one line in an 80 px button (20 px a character here): cut, never spilling out.
    expect(texts.find((t) => t.startsWith('IM ('))).toMatch(/…$/)
    for (const t of fake.texts) expect(t.font).toMatch(/^(bold )?\d+px Arial/)
    // Body text is at least 36 px: 2.25 cm at 1600 px a metre.
    for (const t of fake.texts) expect(Number(/(\d+)px/.exec(t.font)?.[1])).toBeGreaterThanOrEqual(36)
  })

  it('marks the hovered button with an outline, and never a disabled one', () => {
    const plain = createFakeContext()
    drawPanel(plain.ctx, model)
    const hovered = createFakeContext()
    drawPanel(hovered.ctx, model, 'give')
    const outline = (f: ReturnType<typeof createFakeContext>) =>
      f.strokes.filter((s) => s.stroke === PANEL_COLOURS.hoverOutline)
    expect(outline(plain)).toHaveLength(0)
    expect(outline(hovered)).toHaveLength(1)
    const disabled = createFakeContext()
    drawPanel(disabled.ctx, model, 'off')
    expect(outline(disabled)).toHaveLength(0)
    expect(disabled.texts.find((t) => t.text === 'Off')?.fill).toBe(PANEL_COLOURS.disabledText)
  })

  it('cuts a body line too wide for the panel with an ellipsis', () => {
    const fake = createFakeContext()
    drawPanel(fake.ctx, { ...model, lines: ['x'.repeat(100)] })
    const drawn = fake.texts.find((t) => t.text.startsWith('xxx'))
    expect(drawn?.text).toMatch(/…$/)
    expect(must(drawn).text.length * 20).toBeLessThanOrEqual(912)
  })

  it('wraps a label by the measured width and cuts the last line with an ellipsis', () => {
    const { ctx } = createFakeContext()
    expect(wrapMeasured(ctx, 'one two three', 200, 2)).toEqual(['one two', 'three'])
    const cut = wrapMeasured(ctx, 'aaaa bbbb cccc dddd eeee', 200, 2)
    expect(cut).toHaveLength(2)
    expect(must(cut[1]).endsWith('…')).toBe(true)
    expect(must(cut[1]).length * 20).toBeLessThanOrEqual(200)
  })
})
