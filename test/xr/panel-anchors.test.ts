import { describe, expect, it } from 'vitest'
import { panelAnchors } from '../../src/xr/panel-anchors.ts'

describe('where the headset panels float', () => {
  it('the menu ahead at arm length and the status panel off to the left, both facing the learner', () => {
    for (const yaw of [0, 1.2, -2.5]) {
      const eye = { position: [1, 1.6, -1] as const, yaw }
      const { menu, status } = panelAnchors(eye)
      const forward = [-Math.sin(yaw), -Math.cos(yaw)]
      const toMenu = [menu.position[0] - 1, menu.position[2] + 1]
      const toStatus = [status.position[0] - 1, status.position[2] + 1]
      const ahead = (v: number[]) => (v[0] ?? 0) * (forward[0] ?? 0) + (v[1] ?? 0) * (forward[1] ?? 0)
      // Positive: to the left of the forward direction (y up, forward −z at yaw 0, left −x).
      const leftOf = (v: number[]) => (forward[1] ?? 0) * (v[0] ?? 0) - (forward[0] ?? 0) * (v[1] ?? 0)
      expect(ahead(toMenu)).toBeGreaterThan(0.5)
      expect(ahead(toMenu)).toBeLessThan(0.9)
      expect(ahead(toStatus)).toBeGreaterThan(0.3)
      expect(leftOf(toStatus)).toBeGreaterThan(0.3)
      expect(menu.rotationY).toBeCloseTo(yaw)
      expect(status.rotationY).toBeGreaterThan(yaw)
    }
  })
})
