import { useFrame } from '@react-three/fiber'
import { useMemo, useRef, type RefObject } from 'react'
import type { BufferGeometry, Object3D } from 'three'
import { simStore, useSim } from '../../store/index.ts'
import type { Vec3 } from '../geometry/kit.ts'
import { sharedGeometry } from '../geometry/materials.ts'
import { Interactable } from '../Interactable.tsx'
import { PATIENT_ORIGIN, PLACEMENTS, toWorld } from '../layout.ts'
import { WORLD_OBJECT_LABELS } from '../world-objects.ts'
import { DEFIB_PICK } from '../equipment/trolleys.ts'
import { createPatientAnimator, type PatientParts } from './animate-patient.ts'
import {
  MOUTH,
  STERNUM,
  buildCoverings,
  buildEyelids,
  buildGown,
  buildHeadDetails,
  buildHeadSkin,
  buildLimbs,
  buildLips,
  buildLoweredGown,
  buildTongue,
  buildTorsoSkin,
  type BodyBuild,
} from './body-geometry.ts'
import {
  FACE_BAG_CENTRE,
  buildAirwayRescuer,
  buildCprRescuer,
  buildFaceBag,
  buildFaceBvm,
  buildFroth,
  buildOxygenMask,
  buildPadCables,
  buildPads,
} from './devices-geometry.ts'
import { usePatientMaterials } from './use-patient-materials.ts'

const neg = ([x, y, z]: Vec3): Vec3 => [-x, -y, -z]
const inPatientFrame = ([x, y, z]: Vec3): Vec3 => [x - PATIENT_ORIGIN[0], y - PATIENT_ORIGIN[1], z - PATIENT_ORIGIN[2]]
/** The neck: the head turns about it. */
const NECK: Vec3 = [0, 0.12, -0.34]

const OUTLET = inPatientFrame(toWorld(PLACEMENTS.oxygen, [0, -0.03, 0.07]))
const DEFIB_SOCKET = inPatientFrame(
  toWorld(PLACEMENTS.defibrillator, [DEFIB_PICK[0] + 0.17, DEFIB_PICK[1] - 0.05, 0.05]),
)

function bodyGeometry(build: BodyBuild) {
  const key = `${build.sex}-${build.ageYears >= 55 ? 'older' : 'younger'}`
  const g = (part: string, make: () => BufferGeometry) => sharedGeometry(`patient-${part}-${key}`, make)
  return {
    headSkin: g('head', buildHeadSkin),
    eyelids: g('eyelids', buildEyelids),
    details: g('details', () => buildHeadDetails(build)),
    lips: g('lips', buildLips),
    tongue: g('tongue', buildTongue),
    torso: g('torso', () => buildTorsoSkin(build)),
    gown: g('gown', () => buildGown(build)),
    loweredGown: g('lowered-gown', buildLoweredGown),
    limbs: g('limbs', () => buildLimbs(build)),
    coverings: g('coverings', () => buildCoverings(build)),
    pads: g('pads', buildPads),
    cables: g('cables', () => buildPadCables(DEFIB_SOCKET)),
    oxygenMask: g('oxygen-mask', () => buildOxygenMask(OUTLET)),
    faceBvm: g('face-bvm', () => buildFaceBvm(OUTLET)),
    faceBag: g('face-bag', buildFaceBag),
    froth: g('froth', buildFroth),
    cprRescuer: g('cpr-rescuer', buildCprRescuer),
    airwayRescuer: g('airway-rescuer', buildAirwayRescuer),
  }
}

type Refs = { [K in keyof PatientParts]: RefObject<Object3D | null> }

/**
 * The patient on the bed, driven every frame from the store (skin, breathing, eyes, signs, CPR, pads,
 * oxygen and bag-mask). Clicking the body selects 'patient'; the team members are not clickable.
 */
export function Patient() {
  const sex = useSim((s) => s.scenario?.patient.sex ?? 'male')
  const older = useSim((s) => (s.scenario?.patient.ageYears ?? 50) >= 55)
  const geo = useMemo(() => bodyGeometry({ sex, ageYears: older ? 60 : 40 }), [sex, older])
  const m = usePatientMaterials()
  const refs: Refs = {
    body: useRef(null),
    head: useRef(null),
    chest: useRef(null),
    gown: useRef(null),
    loweredGown: useRef(null),
    pads: useRef(null),
    cables: useRef(null),
    eyelids: useRef(null),
    lips: useRef(null),
    tongue: useRef(null),
    froth: useRef(null),
    oxygenMask: useRef(null),
    faceBvm: useRef(null),
    faceBag: useRef(null),
    cprRescuer: useRef(null),
    airwayRescuer: useRef(null),
  }
  const animate = useRef<((state: ReturnType<typeof simStore.getState>, dt: number) => void) | null>(null)

  useFrame((_, deltaS) => {
    if (!animate.current) {
      const parts = Object.fromEntries(Object.entries(refs).map(([k, r]) => [k, r.current])) as Partial<PatientParts>
      if (Object.values(parts).some((p) => !p)) return
      animate.current = createPatientAnimator(parts as PatientParts, m)
    }
    animate.current(simStore.getState(), deltaS)
  })

  return (
    <group position={PATIENT_ORIGIN}>
      <Interactable
        equipment="patient"
        label={WORLD_OBJECT_LABELS.patient}
        position={STERNUM}
        labelOffset={[0, 0.14, -0.05]}
      >
        <group ref={refs.body} position={neg(STERNUM)}>
          <group ref={refs.head} position={NECK}>
            <group position={neg(NECK)}>
              <mesh geometry={geo.headSkin} material={m.skin} />
              <mesh ref={refs.eyelids} geometry={geo.eyelids} material={m.skin} />
              <mesh geometry={geo.details} material={m.painted} />
              <mesh ref={refs.lips} geometry={geo.lips} material={m.lips} position={MOUTH} />
              <mesh ref={refs.tongue} geometry={geo.tongue} material={m.tongue} position={MOUTH} />
              <mesh ref={refs.froth} geometry={geo.froth} material={m.painted} />
              <mesh ref={refs.oxygenMask} geometry={geo.oxygenMask} material={m.clear} />
              <mesh ref={refs.faceBvm} geometry={geo.faceBvm} material={m.painted} />
              <mesh ref={refs.faceBag} geometry={geo.faceBag} material={m.painted} position={FACE_BAG_CENTRE} />
            </group>
          </group>
          <group ref={refs.chest}>
            <mesh geometry={geo.torso} material={m.skin} />
            <mesh ref={refs.gown} geometry={geo.gown} material={m.painted} />
            <mesh ref={refs.loweredGown} geometry={geo.loweredGown} material={m.painted} />
            <mesh ref={refs.pads} geometry={geo.pads} material={m.painted} />
          </group>
          <mesh geometry={geo.limbs} material={m.skin} />
          <mesh geometry={geo.coverings} material={m.painted} />
        </group>
      </Interactable>
      <mesh ref={refs.cables} geometry={geo.cables} material={m.team} />
      <mesh ref={refs.cprRescuer} geometry={geo.cprRescuer} material={m.team} />
      <mesh ref={refs.airwayRescuer} geometry={geo.airwayRescuer} material={m.team} />
    </group>
  )
}
