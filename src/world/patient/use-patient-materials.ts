import { useEffect, useMemo } from 'react'
import { MeshLambertMaterial, MeshPhongMaterial, type Texture } from 'three'
import { createVertexColourMaterial } from '../geometry/materials.ts'
import { SKIN_COLORS, type RashKind } from './appearance.ts'
import { createRashTexture } from './skin-textures.ts'

export interface PatientMaterials {
  skin: MeshPhongMaterial
  lips: MeshPhongMaterial
  tongue: MeshLambertMaterial
  /** Gown, blanket, eyes, hair, pads. */
  painted: MeshLambertMaterial
  /** Team members and cables: not part of the clickable patient, so never highlighted with it. */
  team: MeshLambertMaterial
  /** Clear plastic: oxygen mask and reservoir. */
  clear: MeshLambertMaterial
  rash: Record<RashKind, Texture>
}

/** The patient's materials; the skin always has a map (white when clear), so switching rash never recompiles. */
export function usePatientMaterials(): PatientMaterials {
  const materials = useMemo<PatientMaterials>(() => {
    const rash: Record<RashKind, Texture> = {
      none: createRashTexture('none'),
      urticaria: createRashTexture('urticaria'),
      'fading-urticaria': createRashTexture('fading-urticaria'),
      mottled: createRashTexture('mottled'),
    }
    return {
      skin: new MeshPhongMaterial({ color: SKIN_COLORS.normal, map: rash.none, shininess: 10, specular: '#1a1a1a' }),
      lips: new MeshPhongMaterial({ color: '#b2615c', shininess: 30, specular: '#2a2a2a' }),
      tongue: new MeshLambertMaterial({ color: '#c4515a' }),
      painted: createVertexColourMaterial(),
      team: createVertexColourMaterial(),
      clear: createVertexColourMaterial({ transparent: true, opacity: 0.55 }),
      rash,
    }
  }, [])
  useEffect(
    () => () => {
      const { rash, ...rest } = materials
      for (const m of Object.values(rest)) m.dispose()
      for (const t of Object.values(rash)) t.dispose()
    },
    [materials],
  )
  return materials
}
