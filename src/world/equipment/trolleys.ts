import type { BufferGeometry, ColorRepresentation } from 'three'
import { createKit, type Kit, type Vec3 } from '../geometry/kit.ts'
import { PALETTE } from './palette.ts'

interface TrolleyShape {
  width: number
  depth: number
  height: number
  body: ColorRepresentation
  /** Drawer front colours, top to bottom. */
  drawers: readonly ColorRepresentation[]
}

/** A wheeled cabinet (local origin on the floor, front +z) with drawers, handles and a push bar. */
function trolley(kit: Kit, t: TrolleyShape): void {
  const { width: w, depth: d, height: h } = t
  const bottom = 0.12
  kit.box([w, h - bottom - 0.03, d], t.body, { at: [0, (h + bottom - 0.03) / 2, 0] })
  kit.box([w + 0.03, 0.03, d + 0.03], PALETTE.midGrey, { at: [0, h - 0.015, 0] })
  kit.box([w + 0.01, 0.02, d + 0.01], PALETTE.darkSteel, { at: [0, bottom + 0.01, 0] })
  const slot = (h - bottom - 0.1) / t.drawers.length
  t.drawers.forEach((color, i) => {
    const y = h - 0.07 - slot * (i + 0.5)
    kit.box([w - 0.05, slot - 0.02, 0.015], color, { at: [0, y, d / 2 + 0.006] })
    kit.rod(
      [-w * 0.22, y + slot * 0.22, d / 2 + 0.03],
      [w * 0.22, y + slot * 0.22, d / 2 + 0.03],
      0.008,
      PALETTE.chrome,
    )
  })
  // Push bar on one side.
  kit.rod([w / 2 + 0.04, h - 0.1, -d * 0.35], [w / 2 + 0.04, h - 0.1, d * 0.35], 0.013, PALETTE.chrome)
  kit.box([0.04, 0.03, 0.03], PALETTE.darkSteel, { at: [w / 2 + 0.02, h - 0.1, -d * 0.35] })
  kit.box([0.04, 0.03, 0.03], PALETTE.darkSteel, { at: [w / 2 + 0.02, h - 0.1, d * 0.35] })
  for (const x of [-w / 2 + 0.06, w / 2 - 0.06]) {
    for (const z of [-d / 2 + 0.06, d / 2 - 0.06]) {
      kit.cylinder(0.045, 0.03, PALETTE.rubber, { at: [x, 0.045, z], rot: [0, 0, Math.PI / 2] })
      kit.box([0.02, 0.06, 0.03], PALETTE.darkSteel, { at: [x, 0.09, z] })
    }
  }
}

const CRASH = { width: 0.62, depth: 0.5, height: 0.9 }

/** The click point of the defibrillator: the middle of its front panel. */
export const DEFIB_PICK: Vec3 = [0, CRASH.height + 0.13, 0.131]

/** A red crash trolley with a manual defibrillator on top: screen with a trace, analyse/charge/shock buttons. */
export function buildDefibrillator(): BufferGeometry {
  const kit = createKit()
  trolley(kit, { ...CRASH, body: PALETTE.crashRed, drawers: ['#d8443c', '#d8443c', '#d8443c', '#d8443c'] })
  const y0 = CRASH.height
  kit.box([0.36, 0.26, 0.26], '#3b4147', { at: [0, y0 + 0.13, 0] })
  kit.box([0.34, 0.24, 0.01], '#59616a', { at: [0, y0 + 0.13, 0.126] })
  kit.box([0.2, 0.13, 0.006], PALETTE.screen, { at: [-0.055, y0 + 0.16, 0.131] })
  // A stylised ECG trace on the screen.
  const trace: [number, number][] = [
    [-0.145, 0],
    [-0.1, 0],
    [-0.09, 0.04],
    [-0.08, -0.02],
    [-0.07, 0],
    [-0.02, 0],
    [-0.01, 0.04],
    [0, -0.02],
    [0.01, 0],
    [0.035, 0],
  ]
  for (let i = 1; i < trace.length; i++) {
    const [ax, ay] = trace[i - 1] ?? [0, 0]
    const [bx, by] = trace[i] ?? [0, 0]
    kit.rod([ax, y0 + 0.17 + ay, 0.135], [bx, y0 + 0.17 + by, 0.135], 0.0022, PALETTE.ecgGreen, 4)
  }
  kit.box([0.18, 0.012, 0.004], '#f0c04a', { at: [-0.055, y0 + 0.108, 0.135] })
  const button = (x: number, y: number, r: number, color: ColorRepresentation) =>
    kit.cylinder(r, 0.014, color, { at: [x, y, 0.136], rot: [Math.PI / 2, 0, 0] })
  button(0.115, y0 + 0.2, 0.018, PALETTE.yellow)
  button(0.115, y0 + 0.15, 0.018, PALETTE.orange)
  button(0.115, y0 + 0.09, 0.026, '#e02a22')
  kit.cylinder(0.026, 0.03, PALETTE.black, { at: [-0.12, y0 + 0.05, 0.14], rot: [Math.PI / 2, 0, 0] })
  // Carrying handle, pads connector cable and a pads packet.
  kit.rod([-0.13, y0 + 0.3, 0], [0.13, y0 + 0.3, 0], 0.014, PALETTE.black)
  kit.box([0.03, 0.05, 0.03], PALETTE.black, { at: [-0.13, y0 + 0.275, 0] })
  kit.box([0.03, 0.05, 0.03], PALETTE.black, { at: [0.13, y0 + 0.275, 0] })
  kit.tube(
    [
      [0.18, y0 + 0.1, 0.06],
      [0.24, y0 + 0.04, 0.1],
      [0.26, y0 + 0.015, -0.05],
      [0.22, y0 + 0.015, -0.18],
    ],
    0.008,
    PALETTE.midGrey,
  )
  kit.box([0.14, 0.02, 0.1], PALETTE.white, { at: [-0.19, y0 + 0.01, -0.17], rot: [0, 0.3, 0] })
  kit.box([0.1, 0.021, 0.02], PALETTE.orange, { at: [-0.19, y0 + 0.011, -0.15], rot: [0, 0.3, 0] })
  return kit.build()
}

const DRUG_CART = { width: 0.6, depth: 0.5, height: 1.0 }

export const DRUG_CART_PICK: Vec3 = [0, 0.62, DRUG_CART.depth / 2 + 0.014]

/** A medication cart with colour-coded drawers, a sharps bin and ampoule boxes on top. */
export function buildDrugCart(): BufferGeometry {
  const kit = createKit()
  trolley(kit, {
    ...DRUG_CART,
    body: '#d9dee4',
    drawers: ['#3f7fc4', '#3f7fc4', '#4caf6a', '#f0c23a', '#e05a4a', '#9aa3ad'],
  })
  const top = DRUG_CART.height
  kit.box([0.14, 0.16, 0.12], PALETTE.yellow, { at: [0.19, top + 0.08, -0.14] })
  kit.box([0.15, 0.025, 0.13], PALETTE.orange, { at: [0.19, top + 0.17, -0.14] })
  kit.box([0.16, 0.06, 0.1], PALETTE.white, { at: [-0.17, top + 0.03, -0.15] })
  kit.box([0.16, 0.012, 0.1], PALETTE.blue, { at: [-0.17, top + 0.065, -0.15] })
  kit.box([0.1, 0.05, 0.07], '#e9edf1', { at: [-0.02, top + 0.025, -0.17] })
  return kit.build()
}

const AIRWAY = { width: 0.55, depth: 0.45, height: 0.95 }

export const AIRWAY_TROLLEY_PICK: Vec3 = [0, 0.5, AIRWAY.depth / 2 + 0.014]

/** An airway trolley: white cabinet with clear drawers and a yellow "difficult airway" band; laryngoscope on top. */
export function buildAirwayTrolley(): BufferGeometry {
  const kit = createKit()
  trolley(kit, { ...AIRWAY, body: '#e8ebee', drawers: ['#f2c230', '#cfe0e8', '#cfe0e8', '#cfe0e8', '#cfe0e8'] })
  const top = AIRWAY.height
  // Laryngoscope handle and blade, and a tray of tubes.
  kit.cylinder(0.016, 0.13, PALETTE.chrome, { at: [0.17, top + 0.016, 0.1], rot: [0, 0, Math.PI / 2] })
  kit.box([0.012, 0.01, 0.11], PALETTE.steel, { at: [0.1, top + 0.01, 0.05] })
  kit.box([0.12, 0.03, 0.3], '#dfe7ec', { at: [-0.2, top + 0.015, 0] })
  for (const x of [-0.24, -0.2, -0.16]) kit.rod([x, top + 0.035, -0.12], [x, top + 0.035, 0.12], 0.006, '#eef3f5', 6)
  return kit.build()
}
