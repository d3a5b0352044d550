import { createContext } from 'react'
import type { WorldTarget } from './world-objects.ts'

/** How a click in the room reaches the screen that hosts it (ResusRoom's onSelectEquipment). */
export const SelectContext = createContext<(target: WorldTarget) => void>(() => {})
