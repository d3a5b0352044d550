import { Html } from '@react-three/drei'
import { useThree, type ThreeEvent } from '@react-three/fiber'
import { useContext, useEffect, useRef, useState, type ReactNode } from 'react'
import { Color, Mesh, Vector3, type Group, type Material, type Object3D } from 'three'
import type { Vec3 } from './geometry/kit.ts'
import { hoverStore } from './hover-target.ts'
import { SelectContext } from './select-context.ts'
import { WORLD_OBJECT_NAMES, type WorldTarget } from './world-objects.ts'

const HIGHLIGHT = new Color('#3a6fd0')
const DEFAULT_LABEL_OFFSET: Vec3 = [0, 0.22, 0]
/** Each material's own emissive colour, restored when the pointer leaves. */
const ownEmissive = new WeakMap<Material, Color>()

type Emissive = Material & { emissive: Color }
const hasEmissive = (m: Material): m is Emissive => (m as Partial<Emissive>).emissive instanceof Color

function setHighlight(root: Object3D, on: boolean): void {
  root.traverse((object) => {
    if (!(object instanceof Mesh)) return
    const materials: Material[] = Array.isArray(object.material) ? object.material : [object.material]
    for (const material of materials) {
      if (!hasEmissive(material)) continue
      if (!ownEmissive.has(material)) ownEmissive.set(material, material.emissive.clone())
      const own = ownEmissive.get(material)
      if (on) material.emissive.copy(HIGHLIGHT).multiplyScalar(0.45)
      else if (own) material.emissive.copy(own)
    }
  })
}

const LABEL_STYLE = {
  background: 'rgba(15, 23, 42, 0.9)',
  color: '#fff',
  font: '600 14px/1.25 system-ui, sans-serif',
  padding: '4px 9px',
  borderRadius: '6px',
  whiteSpace: 'nowrap',
  boxShadow: '0 1px 4px rgba(0, 0, 0, 0.35)',
} as const

export interface InteractableProps {
  equipment: WorldTarget
  /** Shown on hover, e.g. "Defibrillator". */
  label: string
  /** The group's origin: a point on the object's visible surface (tests project it to click the object). */
  position: Vec3
  rotationY?: number
  /** Where the label floats, relative to the origin. */
  labelOffset?: Vec3
  children: ReactNode
}

/**
 * One clickable object in the room: hover highlights it and names it; click or tap selects it.
 * Keyboard users reach the same actions through the action menu, so there is no 3D focus handling.
 */
export function Interactable({ equipment, label, position, rotationY = 0, labelOffset, children }: InteractableProps) {
  const select = useContext(SelectContext)
  const group = useRef<Group>(null)
  const [hovered, setHovered] = useState(false)
  const canvas = useThree((s) => s.gl.domElement)

  useEffect(() => {
    const root = group.current
    if (!root || !hovered) return
    setHighlight(root, true)
    canvas.style.cursor = 'pointer'
    // A headset cannot show the DOM label: publish the name and where it floats for the in-world one.
    const [x, y, z] = labelOffset ?? DEFAULT_LABEL_OFFSET
    const at = root.localToWorld(new Vector3(x, y, z))
    hoverStore.setState({ target: { key: equipment, label, at: [at.x, at.y, at.z] } })
    return () => {
      setHighlight(root, false)
      canvas.style.cursor = ''
      if (hoverStore.getState().target?.key === equipment) hoverStore.setState({ target: null })
    }
  }, [hovered, canvas, equipment, label, labelOffset])

  const over = (event: ThreeEvent<PointerEvent>) => {
    event.stopPropagation()
    setHovered(true)
  }
  const click = (event: ThreeEvent<MouseEvent>) => {
    event.stopPropagation()
    select(equipment)
  }

  return (
    <group
      ref={group}
      name={WORLD_OBJECT_NAMES[equipment]}
      position={position}
      rotation-y={rotationY}
      onPointerOver={over}
      onPointerOut={() => setHovered(false)}
      onClick={click}
    >
      {children}
      {hovered && (
        <Html position={labelOffset ?? DEFAULT_LABEL_OFFSET} center pointerEvents="none" zIndexRange={[20, 0]}>
          <div style={LABEL_STYLE}>{label}</div>
        </Html>
      )}
    </group>
  )
}
