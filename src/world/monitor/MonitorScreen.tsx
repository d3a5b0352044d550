import { useFrame } from '@react-three/fiber'
import { useEffect, useMemo } from 'react'
import { CanvasTexture, LinearFilter, LinearMipmapLinearFilter, SRGBColorSpace } from 'three'
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
    const canvas = document.createElement('canvas')
    canvas.width = w
    canvas.height = h
    const ctx = canvas.getContext('2d')
    if (!ctx) return null
    const texture = new CanvasTexture(canvas)
    texture.colorSpace = SRGBColorSpace
    // Mipmaps keep the thin traces from shimmering when the screen is seen small or at an angle.
    texture.minFilter = LinearMipmapLinearFilter
    texture.magFilter = LinearFilter
    texture.anisotropy = 4
    return { texture, drawer: createMonitorDrawer(ctx, w, h) }
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
