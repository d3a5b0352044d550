import { useFrame } from '@react-three/fiber'
import { useEffect, useMemo } from 'react'
import { createCanvasTexture } from '../canvas-texture.ts'
import { simStore } from '../../store/index.ts'
import { createMonitorDrawer } from './draw-monitor.ts'

/** Smallest texture: the numerics must stay readable from the bedside. */
const MIN_WIDTH_PX = 1024
const MIN_HEIGHT_PX = 640

/** Texture size for a screen of `width` × `height` metres: at least 1024 × 640, same aspect ratio. */
export function screenTextureSize(width: number, height: number): [number, number] {
  const aspect = width / height
  let w = MIN_WIDTH_PX
  let h = Math.round(w / aspect)
  if (h < MIN_HEIGHT_PX) {
    h = MIN_HEIGHT_PX
    w = Math.round(h * aspect)
  }
  return [w, h]
}

/**
 * The live monitor screen in 3D: a plane of `width` × `height` metres facing +z, textured with the
 * monitor drawn every frame from `simStore.getState()` (no React re-render per frame).
 */
export function MonitorScreen({ width, height }: { width: number; height: number }) {
  const screen = useMemo(() => {
    const [w, h] = screenTextureSize(width, height)
    const surface = createCanvasTexture(w, h)
    if (!surface) return null
    return { texture: surface.texture, drawer: createMonitorDrawer(surface.ctx, w, h) }
  }, [width, height])

  useEffect(() => () => screen?.texture.dispose(), [screen])

  useFrame(() => {
    if (!screen) return
    screen.drawer.draw(simStore.getState(), performance.now())
    screen.texture.needsUpdate = true
  })

  return (
    <mesh name="monitor-screen">
      <planeGeometry args={[width, height]} />
      <meshBasicMaterial map={screen?.texture ?? null} toneMapped={false} />
    </mesh>
  )
}
