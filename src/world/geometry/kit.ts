import {
  BoxGeometry,
  BufferAttribute,
  BufferGeometry,
  CapsuleGeometry,
  CatmullRomCurve3,
  Color,
  CylinderGeometry,
  Euler,
  Matrix4,
  Quaternion,
  SphereGeometry,
  TorusGeometry,
  TubeGeometry,
  Vector3,
  type ColorRepresentation,
} from 'three'
import { mergeGeometries } from 'three/examples/jsm/utils/BufferGeometryUtils.js'

export type Vec3 = readonly [number, number, number]

/** Where a part goes inside its object: position, Euler rotation (radians, XYZ) and scale. */
export interface Placement {
  at?: Vec3
  rot?: Vec3
  scale?: Vec3 | number
}

/**
 * Builds one object from primitives as a single geometry with a per-vertex colour, so that a whole
 * piece of equipment is one mesh, one material and one draw call (the bay's budget is ≤ 100 calls).
 */
export interface Kit {
  box(size: Vec3, color: ColorRepresentation, place?: Placement): Kit
  /** A cylinder along local Y; `radiusTop` tapers it (0 makes a cone). */
  cylinder(
    radius: number,
    height: number,
    color: ColorRepresentation,
    place?: Placement,
    opts?: { radiusTop?: number; segments?: number },
  ): Kit
  sphere(radius: number, color: ColorRepresentation, place?: Placement, segments?: number): Kit
  /** A capsule along local Y: `length` is the straight part between the two caps. */
  capsule(radius: number, length: number, color: ColorRepresentation, place?: Placement): Kit
  torus(radius: number, tube: number, color: ColorRepresentation, place?: Placement, arc?: number): Kit
  /** A capsule (limb, pole with round ends) from one point to another. */
  limb(from: Vec3, to: Vec3, radius: number, color: ColorRepresentation): Kit
  /** A cylinder (pole, rail) from one point to another. */
  rod(from: Vec3, to: Vec3, radius: number, color: ColorRepresentation, segments?: number): Kit
  /** A round tube (cable, tubing) through the given points. */
  tube(points: readonly Vec3[], radius: number, color: ColorRepresentation, segments?: number): Kit
  /** Any indexed geometry with position, normal and uv (it is consumed); null keeps its own vertex colours. */
  geometry(geometry: BufferGeometry, color: ColorRepresentation | null, place?: Placement): Kit
  /** Number of parts added so far. */
  readonly size: number
  /** Merges the parts into one geometry (an empty kit gives an empty geometry). */
  build(): BufferGeometry
}

const _matrix = new Matrix4()
const _quat = new Quaternion()
const _euler = new Euler()
const _pos = new Vector3()
const _scale = new Vector3()
const _color = new Color()

function placementMatrix(place: Placement | undefined): Matrix4 {
  const [x, y, z] = place?.at ?? [0, 0, 0]
  const [rx, ry, rz] = place?.rot ?? [0, 0, 0]
  const s = place?.scale ?? 1
  const [sx, sy, sz] = typeof s === 'number' ? [s, s, s] : s
  return _matrix.compose(_pos.set(x, y, z), _quat.setFromEuler(_euler.set(rx, ry, rz)), _scale.set(sx, sy, sz))
}

const _from = new Vector3()
const _dir = new Vector3()
const _up = new Vector3(0, 1, 0)

/** Geometry along local Y of the given length, moved and turned to run from `from` to `to`. */
function alongSegment(geometry: BufferGeometry, from: Vec3, to: Vec3): BufferGeometry {
  _from.set(from[0], from[1], from[2])
  _dir.set(to[0], to[1], to[2]).sub(_from)
  const length = _dir.length()
  _quat.setFromUnitVectors(_up, _dir.normalize())
  _pos
    .copy(_dir)
    .multiplyScalar(length / 2)
    .add(_from)
  return geometry.applyMatrix4(_matrix.compose(_pos, _quat, _scale.set(1, 1, 1)))
}

const distance = (a: Vec3, b: Vec3) => Math.hypot(b[0] - a[0], b[1] - a[1], b[2] - a[2])

/** Fills a `color` attribute (linear working colour space, as three expects for vertex colours). */
function paint(geometry: BufferGeometry, color: ColorRepresentation): void {
  _color.set(color)
  const count = geometry.getAttribute('position').count
  const data = new Float32Array(count * 3)
  for (let i = 0; i < count; i++) {
    data[i * 3] = _color.r
    data[i * 3 + 1] = _color.g
    data[i * 3 + 2] = _color.b
  }
  geometry.setAttribute('color', new BufferAttribute(data, 3))
}

export function createKit(): Kit {
  const parts: BufferGeometry[] = []
  const add = (geometry: BufferGeometry, color: ColorRepresentation | null, place?: Placement): Kit => {
    if (!geometry.index) throw new Error('kit parts must be indexed geometries')
    geometry.applyMatrix4(placementMatrix(place))
    if (color !== null || !geometry.getAttribute('color')) paint(geometry, color ?? '#ffffff')
    parts.push(geometry)
    return kit
  }
  const kit: Kit = {
    box: (size, color, place) => add(new BoxGeometry(size[0], size[1], size[2]), color, place),
    cylinder: (radius, height, color, place, opts) =>
      add(new CylinderGeometry(opts?.radiusTop ?? radius, radius, height, opts?.segments ?? 14), color, place),
    sphere: (radius, color, place, segments = 14) =>
      add(new SphereGeometry(radius, segments, Math.max(6, Math.round(segments * 0.7))), color, place),
    capsule: (radius, length, color, place) => add(new CapsuleGeometry(radius, length, 4, 12), color, place),
    torus: (radius, tube, color, place, arc = Math.PI * 2) =>
      add(new TorusGeometry(radius, tube, 6, 20, arc), color, place),
    limb: (from, to, radius, color) =>
      add(alongSegment(new CapsuleGeometry(radius, distance(from, to), 3, 10), from, to), color),
    rod: (from, to, radius, color, segments = 10) =>
      add(alongSegment(new CylinderGeometry(radius, radius, distance(from, to), segments), from, to), color),
    tube: (points, radius, color, segments = 24) => {
      const curve = new CatmullRomCurve3(points.map(([x, y, z]) => new Vector3(x, y, z)))
      return add(new TubeGeometry(curve, segments, radius, 6, false), color)
    },
    geometry: add,
    get size() {
      return parts.length
    },
    build() {
      const merged = parts.length ? mergeGeometries(parts) : null
      for (const part of parts) part.dispose()
      parts.length = 0
      if (!merged) return new BufferGeometry()
      merged.computeBoundingSphere()
      return merged
    },
  }
  return kit
}

/** Triangles of an indexed or non-indexed geometry (what renderer.info counts per draw). */
export function triangleCount(geometry: BufferGeometry): number {
  return (geometry.index?.count ?? geometry.getAttribute('position').count) / 3
}
