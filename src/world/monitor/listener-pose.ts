/**
 * Where the learner's ears are (the camera: the desktop view or the headset), written each frame by the room
 * and read by the monitor's sound, which plays from the monitor's place. Plain numbers: no per-frame objects.
 */
export const listenerPose = {
  position: [0, 1.6, 0] as [number, number, number],
  forward: [0, 0, -1] as [number, number, number],
  up: [0, 1, 0] as [number, number, number],
}

/**
 * Called after each room frame. The monitor's sound is driven from here rather than from
 * window.requestAnimationFrame, which stops while a headset presents.
 */
export const roomFrameListeners = new Set<() => void>()
