/**
 * Set while the learner's own hands do the compressions (in a headset): the room then shows no team member
 * compressing in their place. A plain flag read per frame, written by the headset's CPR input.
 */
export const learnerHands = { compressing: false }
