import { Box3, Mesh, MeshBasicMaterial, Raycaster, Vector3, type BufferGeometry } from 'three'
import { describe, expect, it } from 'vitest'
import { EQUIPMENT } from '../../src/scenario/schema/index.ts'
import { BED_PICK, buildBed } from '../../src/world/equipment/bed.ts'
import { STATIC_EQUIPMENT, type StaticEquipmentId } from '../../src/world/equipment/catalog.ts'
import { IV_STAND_PICK, buildIvStand } from '../../src/world/equipment/iv-stand.ts'
import { MONITOR_PICK, buildMonitorHousing } from '../../src/world/equipment/small-items.ts'
import { createKit, triangleCount, type Vec3 } from '../../src/world/geometry/kit.ts'
import {
  BED_PLACEMENT,
  BEDSIDE_VIEW,
  MONITOR_PLACEMENT,
  PLACEMENTS,
  toLocal,
  toWorld,
  type Placement,
} from '../../src/world/layout.ts'
import * as body from '../../src/world/patient/body-geometry.ts'
import * as devices from '../../src/world/patient/devices-geometry.ts'
import { buildCabinetDoor, buildDecor, buildShell, CABINET_DOORS } from '../../src/world/room/room-geometry.ts'
import { WORLD_OBJECT_LABELS, WORLD_OBJECT_NAMES } from '../../src/world/world-objects.ts'

function boundsOf(geometry: BufferGeometry): Box3 {
  geometry.computeBoundingBox()
  return geometry.boundingBox ?? new Box3()
}

const ivStand = () => buildIvStand({ lineEnd: [0.5, 0.8, 0.5], pca: true })

/** Every geometry the bay can show at once (all equipment, every patient device, both team members). */
function wholeBay(): BufferGeometry[] {
  const build = { sex: 'male', ageYears: 64 } as const
  return [
    buildShell(),
    buildDecor(),
    ...CABINET_DOORS.map(() => buildCabinetDoor()),
    buildBed(),
    buildMonitorHousing(),
    ivStand(),
    ...Object.values(STATIC_EQUIPMENT).map((e) => e.build()),
    body.buildHeadSkin(),
    body.buildEyelids(),
    body.buildHeadDetails(build),
    body.buildLips(),
    body.buildTongue(),
    body.buildTorsoSkin(build),
    body.buildGown(build),
    body.buildLimbs(build),
    body.buildCoverings(build),
    body.buildLoweredGown(),
    devices.buildPads(),
    devices.buildPadCables([1, 0.3, 0]),
    devices.buildOxygenMask([-0.4, 0.6, -1.5]),
    devices.buildFaceBvm([-0.4, 0.6, -1.5]),
    devices.buildFaceBag(),
    devices.buildFroth(),
    devices.buildCprRescuer(),
    devices.buildAirwayRescuer(),
  ]
}

describe('geometry kit', () => {
  it('merges parts into one geometry with a colour per vertex', () => {
    const geometry = createKit()
      .box([1, 1, 1], '#ff0000')
      .sphere(0.5, '#0000ff', { at: [2, 0, 0] })
      .build()
    const colours = geometry.getAttribute('color')
    expect(colours.count).toBe(geometry.getAttribute('position').count)
    expect(triangleCount(geometry)).toBeGreaterThan(12)
    // The box's first vertex is pure red (linear), a sphere vertex pure blue.
    expect([colours.getX(0), colours.getY(0), colours.getZ(0)]).toEqual([1, 0, 0])
    expect(colours.getZ(colours.count - 1)).toBe(1)
  })

  it('places a part where it is asked to', () => {
    const centre = boundsOf(
      createKit()
        .box([0.2, 0.2, 0.2], '#fff', { at: [1, 2, 3] })
        .build(),
    ).getCenter(new Vector3())
    expect(centre.x).toBeCloseTo(1)
    expect(centre.y).toBeCloseTo(2)
    expect(centre.z).toBeCloseTo(3)
  })

  it('runs a limb between its two end points', () => {
    const geometry = createKit().limb([0, 0, 0], [0, 0, 1], 0.1, '#fff').build()
    const box = boundsOf(geometry)
    expect(box.min.z).toBeCloseTo(-0.1)
    expect(box.max.z).toBeCloseTo(1.1)
  })
})

describe('render budget', () => {
  it('the whole bay, with every device shown, stays well under 300,000 triangles', () => {
    const triangles = wholeBay().reduce((sum, g) => sum + triangleCount(g), 0)
    expect(triangles).toBeLessThan(300_000)
    expect(triangles).toBeGreaterThan(10_000)
  })
})

describe('clickable objects', () => {
  it('every equipment kind and the patient have a unique object name and a label', () => {
    const targets = [...EQUIPMENT, 'patient'] as const
    const names = targets.map((t) => WORLD_OBJECT_NAMES[t])
    expect(new Set(names).size).toBe(targets.length)
    for (const t of targets) expect(WORLD_OBJECT_LABELS[t]).toMatch(/\w/)
  })

  it("each object's pick point (its clickable group's origin) is on its surface as seen from the bedside", () => {
    const cases: [string, BufferGeometry, Placement, Vec3][] = [
      ['bed', buildBed(), BED_PLACEMENT, BED_PICK],
      ['monitor', buildMonitorHousing(), MONITOR_PLACEMENT, MONITOR_PICK],
      ['iv-stand', ivStand(), PLACEMENTS['iv-stand'], IV_STAND_PICK],
      ...Object.entries(STATIC_EQUIPMENT).map(
        ([id, e]) =>
          [id, e.build(), PLACEMENTS[id as StaticEquipmentId], e.pick] as [string, BufferGeometry, Placement, Vec3],
      ),
    ]
    const eye = new Vector3(...BEDSIDE_VIEW.position)
    for (const [id, geometry, placement, pick] of cases) {
      const mesh = new Mesh(geometry, new MeshBasicMaterial())
      mesh.position.set(...placement.at)
      mesh.rotation.y = placement.rotY
      mesh.updateMatrixWorld()
      const target = new Vector3(...toWorld(placement, pick))
      const direction = target.clone().sub(eye).normalize()
      // Cast from 30 cm in front of the pick point toward it: the object's surface must be right there.
      const hit = new Raycaster(target.clone().addScaledVector(direction, -0.3), direction).intersectObject(mesh)[0]
      expect(hit?.distance, id).toBeGreaterThan(0.3 - 0.08)
      expect(hit?.distance, id).toBeLessThan(0.3 + 0.02)
    }
  })

  it('turns local points to world points and back', () => {
    for (const placement of Object.values(PLACEMENTS)) {
      const local: Vec3 = [0.3, 1.1, -0.2]
      const back = toLocal(placement, toWorld(placement, local))
      back.forEach((v, i) => expect(v).toBeCloseTo(local[i] ?? NaN))
    }
    // An object turned a quarter to the left (+90° about y) has its front toward +x.
    expect(toWorld({ at: [1, 0, 1], rotY: Math.PI / 2 }, [0, 0, 1])[0]).toBeCloseTo(2)
  })
})
