import type { ThreeEvent } from '@react-three/fiber'
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react'
import type { Mesh } from 'three'
import { createCanvasTexture } from '../../world/canvas-texture.ts'
import { drawPanel } from './draw-panel.ts'
import { hitTest } from './panel-model.ts'
import type { PanelModel } from './panel-model.ts'

export { panelButtonWorldPoint } from './panel-geometry.ts'

type Vec3 = readonly [number, number, number]

export interface CanvasPanelProps {
  /** three.js name of the plane mesh (tests find it with getObjectByName). */
  name: string
  model: PanelModel
  /** Width in metres; the height follows the model's aspect ratio. */
  widthM: number
  /** The centre of the panel's TOP edge, so the title stays put when the content changes height. */
  position?: Vec3
  rotation?: Vec3
  onPress: (id: string) => void
}

const ORIGIN: Vec3 = [0, 0, 0]

/** A grab pointer (squeezing near the panel while reaching for equipment) is not a press. */
const isPress = (event: ThreeEvent<MouseEvent>) => (event as { pointerType?: string }).pointerType !== 'grab'

/**
 * A flat panel in the room drawn with Canvas 2D (one mesh, one texture, one draw call). It redraws only
 * when the model or the hovered button changes, never per frame; clicks by XR rays, hand pinches,
 * pokes or a mouse land on `event.uv`, which hitTest turns into a button id.
 */
export function CanvasPanel({ name, model, widthM, position = ORIGIN, rotation = ORIGIN, onPress }: CanvasPanelProps) {
  const mesh = useRef<Mesh>(null)
  const [hovered, setHovered] = useState<string | null>(null)
  // A new canvas only when the size changes: three cannot resize an uploaded texture in place.
  const surface = useMemo(() => createCanvasTexture(model.widthPx, model.heightPx), [model.widthPx, model.heightPx])
  useEffect(() => () => surface?.texture.dispose(), [surface])

  useLayoutEffect(() => {
    if (mesh.current) mesh.current.userData['panel'] = model
    if (!surface) return
    drawPanel(surface.ctx, model, hovered)
    surface.texture.needsUpdate = true
  }, [surface, model, hovered])

  const heightM = (widthM * model.heightPx) / model.widthPx
  const buttonAt = (event: ThreeEvent<MouseEvent>) => (event.uv ? hitTest(model, event.uv.x, event.uv.y) : null)

  return (
    <group position={position as [number, number, number]} rotation={rotation as [number, number, number]}>
      <mesh
        ref={mesh}
        name={name}
        position={[0, -heightM / 2, 0]}
        scale={[widthM, heightM, 1]}
        onClick={(event) => {
          // The panel is in front: whatever lies behind it (the patient, a trolley) is not clicked too.
          event.stopPropagation()
          const id = buttonAt(event)
          if (id !== null && isPress(event)) onPress(id)
        }}
        onPointerOver={(event) => event.stopPropagation()}
        onPointerMove={(event) => {
          event.stopPropagation()
          setHovered(buttonAt(event))
        }}
        onPointerOut={() => setHovered(null)}
      >
        <planeGeometry args={[1, 1]} />
        <meshBasicMaterial map={surface?.texture ?? null} toneMapped={false} />
      </mesh>
    </group>
  )
}
