import { Mesh, MeshBasicMaterial, PlaneGeometry, Raycaster, Vector3 } from 'three'
import { describe, expect, it } from 'vitest'
import { panelButtonWorldPoint } from '../../../src/xr/panels/panel-geometry.ts'
import { hitTest } from '../../../src/xr/panels/panel-model.ts'
import { EMPTY_DOSE_PAD, dosePadModel } from '../../../src/xr/panels/dose-pad.ts'
import { loadScene } from '../../scenes/load-scenes.ts'
import { must } from './layout-checks.ts'

const scenario = loadScene('anaphylaxis-adult.yaml')
const model = dosePadModel({ ...must(scenario.actions['adrenaline']), id: 'adrenaline' }, EMPTY_DOSE_PAD, {
  canGoBack: true,
})

/** Built as CanvasPanel builds it: a unit plane scaled to metres, hung from its top edge, turned to face the learner. */
function panelMesh(widthM: number) {
  const heightM = (widthM * model.heightPx) / model.widthPx
  const mesh = new Mesh(new PlaneGeometry(1, 1), new MeshBasicMaterial())
  mesh.scale.set(widthM, heightM, 1)
  mesh.position.set(0.3, 1.4 - heightM / 2, -0.7)
  mesh.rotation.y = 0.4
  mesh.userData['panel'] = model
  return mesh
}

describe('panelButtonWorldPoint', () => {
  it('gives a world point that a ray hits on the same button', () => {
    const mesh = panelMesh(0.6)
    const raycaster = new Raycaster()
    const normal = new Vector3(0, 0, 1).applyQuaternion(mesh.quaternion)
    for (const id of ['key:5', 'route:im', 'unit:mg', 'give', 'cancel']) {
      const point = panelButtonWorldPoint(mesh, id)
      expect(point, id).not.toBeNull()
      // A controller 0.5 m in front of the panel, aiming at the point.
      const origin = must(point).clone().addScaledVector(normal, 0.5)
      raycaster.set(origin, must(point).clone().sub(origin).normalize())
      const [hit] = raycaster.intersectObject(mesh)
      const uv = must(hit?.uv)
      expect(hitTest(model, uv.x, uv.y)).toBe(id)
    }
  })

  it('answers null for an unknown button or a mesh without a panel', () => {
    expect(panelButtonWorldPoint(panelMesh(0.6), 'nope')).toBeNull()
    expect(panelButtonWorldPoint(new Mesh(), 'give')).toBeNull()
  })
})
