/** Deterministic pseudo-random helpers for the monitor waveforms: no Math.random, no allocation. */

/** Hash of an integer index and a seed to [0, 1) (a murmur-style finaliser). */
export function hash01(index: number, seed: number): number {
  let h = Math.imul(index | 0, 0x9e3779b1) ^ Math.imul((seed | 0) + 0x632be5ab, 0x85ebca77)
  h ^= h >>> 16
  h = Math.imul(h, 0x7feb352d)
  h ^= h >>> 15
  h = Math.imul(h, 0x846ca68b)
  h ^= h >>> 16
  return (h >>> 0) / 4294967296
}

/** Smooth value noise in [-1, 1]: hashed lattice points one unit of `x` apart, smoothstep between them. */
export function valueNoise(x: number, seed: number): number {
  const i = Math.floor(x)
  const f = x - i
  const a = hash01(i, seed) * 2 - 1
  const b = hash01(i + 1, seed) * 2 - 1
  return a + (b - a) * f * f * (3 - 2 * f)
}

/** Gaussian bump of height 1 centred on `mu`; exactly 0 beyond 5 sigma so distant beats cost nothing. */
export function bump(x: number, mu: number, sigma: number): number {
  const z = (x - mu) / sigma
  return z > 5 || z < -5 ? 0 : Math.exp(-0.5 * z * z)
}

/** Integer seed for the hashes from a caller's seed phase (any finite number). */
export const seedOf = (seedPhase: number): number => Math.round(seedPhase * 1000) | 0

export const TAU = Math.PI * 2
