/**
 * sfc32, a small fast PRNG whose whole state is four uint32s, so it lives in the (JSON) simulation
 * state and a replay reproduces every draw. Seeded through splitmix32 so that nearby seeds diverge.
 */
export type RngState = [number, number, number, number]

export function seedRng(seed: number): RngState {
  let s = seed >>> 0
  const next = () => {
    s = (s + 0x9e3779b9) | 0
    let z = s
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b)
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35)
    return (z ^ (z >>> 16)) >>> 0
  }
  const rng: RngState = [next(), next(), next(), next()]
  for (let i = 0; i < 12; i++) nextUniform(rng) // discard the first, correlated outputs
  return rng
}

/** Uniform in [0, 1). Mutates `rng` in place: callers own a copy of the state they step. */
export function nextUniform(rng: RngState): number {
  let [a, b, c, d] = rng
  a >>>= 0
  b >>>= 0
  c >>>= 0
  d >>>= 0
  const t = (((a + b) | 0) + d) | 0
  d = (d + 1) | 0
  a = b ^ (b >>> 9)
  b = (c + (c << 3)) | 0
  c = (c << 21) | (c >>> 11)
  c = (c + t) | 0
  rng[0] = a >>> 0
  rng[1] = b >>> 0
  rng[2] = c >>> 0
  rng[3] = d >>> 0
  return (t >>> 0) / 4294967296
}

/** Roughly normal, mean 0, sd ≈ 1 (sum of three uniforms: cheap, bounded, good enough for monitor noise). */
export function nextNoise(rng: RngState): number {
  return (nextUniform(rng) + nextUniform(rng) + nextUniform(rng) - 1.5) * 2
}
