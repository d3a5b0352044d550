import { useFrame, useThree } from '@react-three/fiber'
import { useEffect, useMemo } from 'react'
import { Vector3, type Camera, type Scene, type WebGLRenderer } from 'three'
import type { SimState } from '../engine/index.ts'
import { simStore } from '../store/index.ts'

/** What tests and performance checks read from `window.__resus`. */
export interface ResusDebug {
  gl: WebGLRenderer
  scene: Scene
  camera: Camera
  /** Frames rendered so far. */
  frames: number
  /** renderer.info of the last rendered frame. */
  info: { calls: number; triangles: number }
  /** Where a named object's origin lies on the page (CSS pixels), and whether it is in front of the camera and in view. */
  project(name: string): { x: number; y: number; inView: boolean } | null
  /** The simulation as it is now (read-only): vitals and ongoing activities, e.g. measured CPR quality. */
  sim(): Readonly<SimState> | null
}

declare global {
  interface Window {
    __resus?: ResusDebug
  }
}

const _v = new Vector3()

/** Exposes the renderer, scene, camera, a frame counter and draw statistics on `window.__resus`. */
export function DebugHandle() {
  const gl = useThree((s) => s.gl)
  const scene = useThree((s) => s.scene)
  const camera = useThree((s) => s.camera)
  const handle = useMemo<ResusDebug>(() => {
    const h: ResusDebug = {
      gl,
      scene,
      camera,
      frames: 0,
      info: { calls: 0, triangles: 0 },
      sim: () => simStore.getState().sim,
      project(name) {
        const object = h.scene.getObjectByName(name)
        if (!object) return null
        object.getWorldPosition(_v).project(h.camera)
        const rect = h.gl.domElement.getBoundingClientRect()
        return {
          x: rect.left + ((_v.x + 1) / 2) * rect.width,
          y: rect.top + ((1 - _v.y) / 2) * rect.height,
          inView: Math.abs(_v.x) <= 1 && Math.abs(_v.y) <= 1 && _v.z > -1 && _v.z < 1,
        }
      },
    }
    return h
  }, [gl, scene, camera])

  useEffect(() => {
    window.__resus = handle
    return () => {
      if (window.__resus === handle) delete window.__resus
    }
  }, [handle])

  useFrame((state) => {
    // Runs before this frame's render: renderer.info still holds the previous (last complete) frame.
    handle.camera = state.camera
    handle.info.calls = state.gl.info.render.calls
    handle.info.triangles = state.gl.info.render.triangles
    handle.frames += 1
  })
  return null
}
