import { Vector3 } from 'three'
import type { Object3D } from 'three'
import type { PanelModel } from './panel-model.ts'

/**
 * A panel mesh is a 1 × 1 plane scaled to the panel's size in metres, so a texture pixel (px, py)
 * lies at local ((px / width) − ½, ½ − (py / height), 0).
 */
export function panelLocalPoint(model: PanelModel, buttonId: string): [number, number] | null {
  const b = model.buttons.find((button) => button.id === buttonId)
  if (!b) return null
  return [(b.x + b.w / 2) / model.widthPx - 0.5, 0.5 - (b.y + b.h / 2) / model.heightPx]
}

/** The panel model a CanvasPanel mesh shows (it keeps it in `userData.panel`). */
export const panelOf = (mesh: Object3D): PanelModel | null => (mesh.userData['panel'] as PanelModel | undefined) ?? null

/**
 * Centre of a button in world coordinates, e.g. for a test to aim an emulated controller ray at it;
 * null when the mesh shows no panel or the panel has no such button.
 */
export function panelButtonWorldPoint(mesh: Object3D, buttonId: string): Vector3 | null {
  const model = panelOf(mesh)
  const local = model && panelLocalPoint(model, buttonId)
  if (!local) return null
  mesh.updateWorldMatrix(true, false)
  return mesh.localToWorld(new Vector3(local[0], local[1], 0))
}
