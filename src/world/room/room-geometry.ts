import type { BufferGeometry } from 'three'
import { PALETTE } from '../equipment/palette.ts'
import { createKit, type Kit, type Vec3 } from '../geometry/kit.ts'
import { MONITOR_PLACEMENT, ROOM, toWorld } from '../layout.ts'

const { xMin, xMax, zBack, zFront, heightM: H } = ROOM
const WALL = '#d3e0da'
const T = 0.1

/** Walls (with skirting and a bumper rail), ceiling, door and window, as one vertex-coloured mesh. */
export function buildShell(): BufferGeometry {
  const kit = createKit()
  const w = xMax - xMin
  const d = zFront - zBack
  const cx = (xMin + xMax) / 2
  const cz = (zBack + zFront) / 2
  kit.box([w + 2 * T, H, T], WALL, { at: [cx, H / 2, zBack - T / 2] })
  kit.box([w + 2 * T, H, T], WALL, { at: [cx, H / 2, zFront + T / 2] })
  kit.box([T, H, d], WALL, { at: [xMin - T / 2, H / 2, cz] })
  kit.box([T, H, d], WALL, { at: [xMax + T / 2, H / 2, cz] })
  kit.box([w, T, d], '#f1f1ec', { at: [cx, H + T / 2, cz] })
  // Coved skirting and a grey bumper rail at trolley height.
  const band = (y: number, h: number, depth: number, color: string) => {
    kit.box([w, h, depth], color, { at: [cx, y, zBack + depth / 2] })
    kit.box([w, h, depth], color, { at: [cx, y, zFront - depth / 2] })
    kit.box([depth, h, d], color, { at: [xMin + depth / 2, y, cz] })
    kit.box([depth, h, d], color, { at: [xMax - depth / 2, y, cz] })
  }
  band(0.05, 0.1, 0.015, '#6f7d78')
  band(0.85, 0.12, 0.025, '#a7b0b5')
  // Door in the front wall, window in the left wall.
  kit.box([1.1, 2.1, 0.04], '#b89a6e', { at: [1.2, 1.05, zFront - 0.02] })
  kit.box([0.2, 0.3, 0.03], '#cfe3ef', { at: [1.2, 1.55, zFront - 0.04] })
  kit.box([0.03, 0.03, 0.16], PALETTE.chrome, { at: [0.75, 1.05, zFront - 0.08] })
  kit.box([0.04, 1.2, 1.8], '#f3f3f0', { at: [xMin + 0.02, 1.6, 0.4] })
  kit.box([0.045, 1.08, 1.68], '#b9d4e6', { at: [xMin + 0.025, 1.6, 0.4] })
  return kit.build()
}

/** A ceiling-hung privacy curtain drawn back into pleats between two points of its track. */
function curtain(kit: Kit, from: Vec3, to: Vec3, pleats: number): void {
  for (let i = 0; i < pleats; i++) {
    const t = i / (pleats - 1)
    const x = from[0] + (to[0] - from[0]) * t
    const z = from[2] + (to[2] - from[2]) * t
    kit.cylinder(0.05, 2.2, i % 2 ? '#9fc0d8' : '#8fb3cf', { at: [x, 1.5, z] }, { segments: 8 })
  }
}

/**
 * Fixed fittings as one vertex-coloured mesh: bed-head trunking, monitor wall arm, clock, gloves and
 * hand gel, a resuscitation algorithm poster, counter carcasses with a sink, curtain track and curtain.
 */
export function buildDecor(): BufferGeometry {
  const kit = createKit()
  // Bed-head services trunking behind the wall devices, with sockets.
  kit.box([2.6, 0.26, 0.08], '#e6e1d4', { at: [-0.1, 1.35, zBack + 0.04] })
  kit.box([2.6, 0.02, 0.085], '#c9c2b0', { at: [-0.1, 1.49, zBack + 0.045] })
  for (const x of [-1.15, -1.0, 0.85, 1.0])
    kit.box([0.08, 0.08, 0.01], x > 0 ? '#d0413a' : PALETTE.white, { at: [x, 1.33, zBack + 0.085] })
  // Monitor wall arm from the wall to the back of the monitor.
  const back = toWorld(MONITOR_PLACEMENT, [0, -0.02, -0.12])
  const wallMount: Vec3 = [back[0] + 0.12, back[1] - 0.02, zBack + 0.02]
  kit.box([0.1, 0.16, 0.04], PALETTE.darkSteel, { at: wallMount })
  kit.rod(wallMount, [back[0] + 0.06, back[1] - 0.02, (wallMount[2] + back[2]) / 2], 0.025, PALETTE.midGrey)
  kit.rod([back[0] + 0.06, back[1] - 0.02, (wallMount[2] + back[2]) / 2], back, 0.025, PALETTE.midGrey)
  // Wall clock.
  kit.cylinder(
    0.16,
    0.03,
    PALETTE.white,
    { at: [-0.25, 2.3, zBack + 0.015], rot: [Math.PI / 2, 0, 0] },
    { segments: 24 },
  )
  kit.torus(0.16, 0.012, PALETTE.black, { at: [-0.25, 2.3, zBack + 0.03] })
  kit.box([0.01, 0.1, 0.004], PALETTE.black, { at: [-0.25, 2.34, zBack + 0.034], rot: [0, 0, 0.5] })
  kit.box([0.008, 0.13, 0.004], PALETTE.black, { at: [-0.25, 2.35, zBack + 0.036], rot: [0, 0, -0.9] })
  // Glove dispenser (three sizes) and hand gel.
  kit.box([0.42, 0.16, 0.12], PALETTE.white, { at: [-1.6, 1.45, zBack + 0.06] })
  ;['#4b78c8', '#7e58c2', '#3fa56a'].forEach((c, i) =>
    kit.box([0.12, 0.03, 0.1], c, { at: [-1.73 + i * 0.13, 1.52, zBack + 0.06] }),
  )
  kit.box([0.09, 0.18, 0.08], PALETTE.white, { at: [-1.1, 1.1, zBack + 0.04] })
  kit.box([0.03, 0.04, 0.07], '#7fb0d8', { at: [-1.1, 1.2, zBack + 0.05] })
  // Resuscitation algorithm poster above the phone.
  kit.box([0.42, 0.58, 0.01], PALETTE.white, { at: [1.75, 1.95, zBack + 0.005] })
  const blocks: [number, number, string][] = [
    [0, 0.2, '#d0413a'],
    [-0.1, 0.05, '#e0a030'],
    [0.1, 0.05, '#3a7fc4'],
    [-0.1, -0.1, '#e0a030'],
    [0.1, -0.1, '#3a7fc4'],
    [0, -0.22, '#4caf6a'],
  ]
  for (const [x, y, c] of blocks) kit.box([0.16, 0.08, 0.004], c, { at: [1.75 + x, 1.95 + y, zBack + 0.012] })
  // Counter along the right wall: carcass, worktop, sink and tap; wall cupboards above.
  kit.box([0.6, 0.86, 2.4], '#e9e7e1', { at: [xMax - 0.3, 0.45, -0.95] })
  kit.box([0.64, 0.04, 2.44], '#8c9398', { at: [xMax - 0.32, 0.9, -0.95] })
  kit.box([0.36, 0.03, 0.44], '#b7bec4', { at: [xMax - 0.34, 0.915, 0.05] })
  kit.rod([xMax - 0.08, 0.92, 0.05], [xMax - 0.08, 1.15, 0.05], 0.012, PALETTE.chrome)
  kit.rod([xMax - 0.08, 1.15, 0.05], [xMax - 0.25, 1.12, 0.05], 0.012, PALETTE.chrome)
  kit.box([0.36, 0.62, 2.4], '#e9e7e1', { at: [xMax - 0.18, 1.82, -0.95] })
  // Curtain track around the bay and the curtain drawn back to the corner.
  const y = 2.62
  kit.rod([-1.7, y, zBack + 0.05], [-1.7, y, 1.6], 0.015, PALETTE.chrome)
  kit.rod([-1.7, y, 1.6], [1.9, y, 1.6], 0.015, PALETTE.chrome)
  curtain(kit, [-1.7, 0, zBack + 0.1], [-1.7, 0, -1.5], 9)
  curtain(kit, [-1.0, 0, 1.6], [-1.6, 0, 1.6], 7)
  return kit.build()
}

/** One cupboard door with its handle (instanced across the counter and wall cupboards). */
export function buildCabinetDoor(): BufferGeometry {
  return createKit()
    .box([0.02, 1, 1], '#dfe3e6')
    .box([0.02, 0.18, 0.018], PALETTE.chrome, { at: [-0.02, 0.3, -0.4] })
    .build()
}

/** Doors on the right wall as [x, y, z, height, width] (front faces −x). */
export const CABINET_DOORS: readonly (readonly [number, number, number, number, number])[] = [
  ...[-1.85, -1.25, -0.65].map((z) => [xMax - 0.61, 0.47, z, 0.74, 0.56] as const),
  ...[-1.85, -1.25, -0.65, -0.05].map((z) => [xMax - 0.37, 1.82, z, 0.58, 0.56] as const),
]

/** Recessed ceiling light panels (x, z). */
export const CEILING_LIGHTS: readonly (readonly [number, number])[] = [
  [-0.9, -1.3],
  [0.9, -1.3],
  [-0.9, 0.9],
  [0.9, 0.9],
]
