import { useEffect, useMemo } from 'react'
import { MeshLambertMaterial, type BufferGeometry } from 'three'

/** A matte material that shows the kit's per-vertex colours; one per object, so hover highlights stay per object. */
export function createVertexColourMaterial(options: { transparent?: boolean; opacity?: number } = {}) {
  const transparent = options.transparent ?? false
  return new MeshLambertMaterial({
    vertexColors: true,
    transparent,
    opacity: options.opacity ?? 1,
    depthWrite: !transparent,
  })
}

/** A vertex-colour material owned by one component (disposed with it). */
export function useVertexColourMaterial(): MeshLambertMaterial {
  const material = useMemo(() => createVertexColourMaterial(), [])
  useEffect(() => () => material.dispose(), [material])
  return material
}

const shared = new Map<string, BufferGeometry>()

/**
 * Static geometry built once per key and kept for the page's lifetime (the room is rebuilt on every
 * play screen; its geometry need not be).
 */
export function sharedGeometry(key: string, build: () => BufferGeometry): BufferGeometry {
  let geometry = shared.get(key)
  if (!geometry) shared.set(key, (geometry = build()))
  return geometry
}
