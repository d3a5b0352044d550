import { useEffect, useLayoutEffect, useMemo, useRef } from 'react'
import type { InstancedMesh } from 'three'
import {
  BoxGeometry,
  CanvasTexture,
  MeshBasicMaterial,
  MeshLambertMaterial,
  Object3D,
  RepeatWrapping,
  SRGBColorSpace,
} from 'three'
import { sharedGeometry, useVertexColourMaterial } from '../geometry/materials.ts'
import { ROOM } from '../layout.ts'
import { CABINET_DOORS, CEILING_LIGHTS, buildCabinetDoor, buildDecor, buildShell } from './room-geometry.ts'

/** Speckled sheet vinyl with faint welded seams. */
function createFloorTexture(): CanvasTexture {
  const size = 256
  const canvas = document.createElement('canvas')
  canvas.width = canvas.height = size
  const ctx = canvas.getContext('2d')
  if (ctx) {
    ctx.fillStyle = '#b7bfc3'
    ctx.fillRect(0, 0, size, size)
    let s = 3
    const random = () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32
    for (let i = 0; i < 1400; i++) {
      ctx.fillStyle = random() > 0.5 ? 'rgba(90, 100, 108, 0.35)' : 'rgba(240, 244, 246, 0.4)'
      ctx.fillRect(random() * size, random() * size, 1 + random() * 2, 1 + random() * 2)
    }
    ctx.fillStyle = 'rgba(120, 130, 136, 0.5)'
    ctx.fillRect(0, 0, size, 2)
  }
  const texture = new CanvasTexture(canvas)
  texture.colorSpace = SRGBColorSpace
  texture.wrapS = texture.wrapT = RepeatWrapping
  texture.repeat.set(3, 3)
  return texture
}

const _dummy = new Object3D()

function CabinetDoors() {
  const ref = useRef<InstancedMesh>(null)
  const material = useVertexColourMaterial()
  useLayoutEffect(() => {
    const mesh = ref.current
    if (!mesh) return
    CABINET_DOORS.forEach(([x, y, z, h, w], i) => {
      _dummy.position.set(x, y, z)
      _dummy.scale.set(1, h, w)
      _dummy.updateMatrix()
      mesh.setMatrixAt(i, _dummy.matrix)
    })
    mesh.instanceMatrix.needsUpdate = true
    mesh.computeBoundingSphere()
  }, [])
  return (
    <instancedMesh
      ref={ref}
      args={[sharedGeometry('cabinet-door', buildCabinetDoor), material, CABINET_DOORS.length]}
    />
  )
}

function CeilingLights() {
  const ref = useRef<InstancedMesh>(null)
  const geometry = useMemo(() => new BoxGeometry(0.6, 0.02, 0.6), [])
  const material = useMemo(() => new MeshBasicMaterial({ color: '#fffef6', toneMapped: false }), [])
  useEffect(
    () => () => {
      geometry.dispose()
      material.dispose()
    },
    [geometry, material],
  )
  useLayoutEffect(() => {
    const mesh = ref.current
    if (!mesh) return
    CEILING_LIGHTS.forEach(([x, z], i) => {
      _dummy.position.set(x, ROOM.heightM - 0.005, z)
      _dummy.scale.set(1, 1, 1)
      _dummy.updateMatrix()
      mesh.setMatrixAt(i, _dummy.matrix)
    })
    mesh.instanceMatrix.needsUpdate = true
    mesh.computeBoundingSphere()
  }, [])
  return <instancedMesh ref={ref} args={[geometry, material, CEILING_LIGHTS.length]} />
}

/** Floor, walls, ceiling, fixed fittings, cupboards and light panels: six draw calls for the whole shell. */
export function RoomShell() {
  const shellMaterial = useVertexColourMaterial()
  const decorMaterial = useVertexColourMaterial()
  const floor = useMemo(() => {
    const map = createFloorTexture()
    return { map, material: new MeshLambertMaterial({ map }) }
  }, [])
  useEffect(
    () => () => {
      floor.map.dispose()
      floor.material.dispose()
    },
    [floor],
  )
  const width = ROOM.xMax - ROOM.xMin
  const depth = ROOM.zFront - ROOM.zBack
  return (
    <group>
      <mesh
        rotation-x={-Math.PI / 2}
        position={[(ROOM.xMin + ROOM.xMax) / 2, 0, (ROOM.zBack + ROOM.zFront) / 2]}
        material={floor.material}
      >
        <planeGeometry args={[width, depth]} />
      </mesh>
      <mesh geometry={sharedGeometry('room-shell', buildShell)} material={shellMaterial} />
      <mesh geometry={sharedGeometry('room-decor', buildDecor)} material={decorMaterial} />
      <CabinetDoors />
      <CeilingLights />
    </group>
  )
}
