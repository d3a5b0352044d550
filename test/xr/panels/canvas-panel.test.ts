import { describe, expect, it } from 'vitest'
import * as panel from '../../../src/xr/panels/CanvasPanel.tsx'
import { PANEL_NAMES } from '../../../src/xr/panels/VrMenus.tsx'

describe('the panel components', () => {
  it('export the test helper and the panel names browser tests look up', () => {
    expect(typeof panel.CanvasPanel).toBe('function')
    expect(typeof panel.panelButtonWorldPoint).toBe('function')
    expect(PANEL_NAMES).toEqual({ actions: 'vr-panel-actions', dose: 'vr-panel-dose', status: 'vr-panel-status' })
  })
})
