import { expect } from 'vitest'
import { BUTTON_HEIGHT_PX, PANEL_PX_PER_M } from '../../../src/xr/panels/panel-model.ts'
import type { PanelModel } from '../../../src/xr/panels/panel-model.ts'

/** Every button inside the panel, at least 5 cm high, none overlapping another, ids unique. */
export function expectSaneLayout(model: PanelModel): void {
  const ids = model.buttons.map((b) => b.id)
  expect(new Set(ids).size, `duplicate ids in ${ids.join(', ')}`).toBe(ids.length)
  for (const b of model.buttons) {
    expect(b.h, b.id).toBeGreaterThanOrEqual(BUTTON_HEIGHT_PX)
    expect(b.h / PANEL_PX_PER_M, b.id).toBeGreaterThanOrEqual(0.04)
    expect(b.x, b.id).toBeGreaterThanOrEqual(0)
    expect(b.y, b.id).toBeGreaterThanOrEqual(0)
    expect(b.x + b.w, b.id).toBeLessThanOrEqual(model.widthPx)
    expect(b.y + b.h, b.id).toBeLessThanOrEqual(model.heightPx)
  }
  for (const a of model.buttons) {
    for (const b of model.buttons) {
      if (a === b) continue
      const apart = a.x + a.w <= b.x || b.x + b.w <= a.x || a.y + a.h <= b.y || b.y + b.h <= a.y
      expect(apart, `${a.id} overlaps ${b.id}`).toBe(true)
    }
  }
}

/** The (u, v) of a button's centre, v up as three's uv. */
export function uvOf(model: PanelModel, id: string): [number, number] {
  const b = model.buttons.find((button) => button.id === id)
  if (!b) throw new Error(`no button ${id} in ${model.buttons.map((x) => x.id).join(', ')}`)
  return [(b.x + b.w / 2) / model.widthPx, 1 - (b.y + b.h / 2) / model.heightPx]
}

export const buttonIds = (model: PanelModel) => model.buttons.map((b) => b.id)
export const button = (model: PanelModel, id: string) => model.buttons.find((b) => b.id === id)

/** The value, or a failed test saying what was missing. */
export function must<T>(value: T | null | undefined, what = 'value'): T {
  if (value === null || value === undefined) throw new Error(`expected a ${what}`)
  return value
}
