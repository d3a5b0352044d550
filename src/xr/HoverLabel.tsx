import { useFrame } from '@react-three/fiber'
import { useEffect, useMemo, useRef } from 'react'
import { useStore } from 'zustand'
import { Quaternion, Vector3, type Mesh } from 'three'
import { createCanvasTexture } from '../world/canvas-texture.ts'
import { hoverStore } from '../world/hover-target.ts'
import { PANEL_COLOURS } from './panels/draw-panel.ts'

const WIDTH_PX = 640
const HEIGHT_PX = 96
const FONT_PX = 48
/** Label height per metre of distance: about 2.5° of view, as readable on the far wall as at the bedside. */
const HEIGHT_PER_M = 0.045
const _eye = new Vector3()
const _turn = new Quaternion()

/**
 * The name of what the ray (or hand) points at, floating over it and turned to the learner: the headset's
 * version of the desktop hover label. Drawn once per object, one draw call.
 */
export function HoverLabel() {
  const target = useStore(hoverStore, (s) => s.target)
  const mesh = useRef<Mesh>(null)
  const surface = useMemo(() => createCanvasTexture(WIDTH_PX, HEIGHT_PX), [])
  useEffect(() => () => surface?.texture.dispose(), [surface])

  useEffect(() => {
    if (!surface || !target) return
    const { ctx, texture } = surface
    ctx.clearRect(0, 0, WIDTH_PX, HEIGHT_PX)
    ctx.font = `600 ${FONT_PX}px system-ui, sans-serif`
    const textWidth = Math.min(WIDTH_PX - 32, ctx.measureText(target.label).width)
    const boxWidth = textWidth + 48
    const x0 = (WIDTH_PX - boxWidth) / 2
    ctx.fillStyle = PANEL_COLOURS.background
    ctx.fillRect(x0, 8, boxWidth, HEIGHT_PX - 16)
    ctx.fillStyle = PANEL_COLOURS.title
    ctx.textAlign = 'center'
    ctx.textBaseline = 'middle'
    ctx.fillText(target.label, WIDTH_PX / 2, HEIGHT_PX / 2, WIDTH_PX - 32)
    texture.needsUpdate = true
  }, [surface, target])

  useFrame(({ camera }) => {
    const label = mesh.current
    if (!label || !target) return
    camera.getWorldPosition(_eye)
    const height = HEIGHT_PER_M * _eye.distanceTo(label.position)
    label.scale.set((height * WIDTH_PX) / HEIGHT_PX, height, 1)
    // In VR the camera hangs under the rig's origin: its own quaternion is not the room's.
    label.quaternion.copy(camera.getWorldQuaternion(_turn))
  })

  if (!target || !surface) return null
  return (
    <mesh
      ref={mesh}
      name="vr-hover-label"
      userData={{ label: target.label }}
      position={target.at}
      renderOrder={5}
      raycast={() => undefined}
    >
      <planeGeometry args={[1, 1]} />
      <meshBasicMaterial map={surface.texture} transparent toneMapped={false} depthTest={false} />
    </mesh>
  )
}
