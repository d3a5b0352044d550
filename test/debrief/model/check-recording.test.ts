import { describe, expect, it } from 'vitest'
import { checkRecording, parseRecordingFile } from '../../../src/debrief/model/index.ts'
import { anaphylaxis, anaphylaxisExpert, recordingOf } from './fixtures.ts'

const HASH_A = 'sha256:ab12cd34ef56ab12cd34ef56ab12cd34ef56ab12cd34ef56ab12cd34ef56ab12'
const HASH_B = 'sha256:cd34ef56ab12cd34ef56ab12cd34ef56ab12cd34ef56ab12cd34ef56ab12cd34'
const recording = { ...recordingOf(anaphylaxis, anaphylaxisExpert), contentHash: HASH_A }

describe('checkRecording', () => {
  it('accepts the scene file it was made on (and an unknown hash on either side)', () => {
    expect(checkRecording(recording, anaphylaxis, HASH_A)).toEqual({ ok: true })
    expect(checkRecording(recording, anaphylaxis, undefined)).toEqual({ ok: true })
    const { contentHash: _none, ...unhashed } = recording
    expect(checkRecording(unhashed, anaphylaxis, HASH_B)).toEqual({ ok: true })
  })

  it('refuses another version, naming both versions and hashes', () => {
    const newer = { ...anaphylaxis, version: '1.3.0' }
    expect(checkRecording(recording, newer, HASH_B)).toEqual({
      ok: false,
      message:
        `This recording was made on anaphylaxis-adult ${anaphylaxis.version} (sha256:ab12cd34ef56…) ` +
        'but the scene file is now 1.3.0 (sha256:cd34ef56ab12…): replaying it would show a different run.',
    })
  })

  it('refuses an edited file under the same version', () => {
    const v = anaphylaxis.version
    expect(checkRecording(recording, anaphylaxis, HASH_B)).toEqual({
      ok: false,
      message:
        `This recording was made on anaphylaxis-adult ${v} (sha256:ab12cd34ef56…) ` +
        `but the scene file is now ${v} (sha256:cd34ef56ab12…): replaying it would show a different run.`,
    })
  })

  it('refuses another scenario', () => {
    const other = { ...anaphylaxis, id: 'vf-arrest-adult', version: '1.0.0' }
    expect(checkRecording(recording, other, undefined)).toEqual({
      ok: false,
      message:
        `This recording was made on anaphylaxis-adult ${anaphylaxis.version} (sha256:ab12cd34ef56…) ` +
        'but the scene file is vf-arrest-adult 1.0.0: open it with the anaphylaxis-adult scene file.',
    })
  })
})

describe('parseRecordingFile', () => {
  const file = {
    format: 'resus-recording',
    formatVersion: 1,
    savedAt: '2026-03-02T09:00:00.000Z',
    scenario: { id: anaphylaxis.id, version: anaphylaxis.version, title: anaphylaxis.title },
    recording,
    report: null,
  }
  // What the results screen downloads: the JSON text, read back.
  const roundTrip = (x: unknown): unknown => JSON.parse(JSON.stringify(x))

  it('reads a downloaded recording file', () => {
    expect(parseRecordingFile(roundTrip(file))).toEqual({ ok: true, recording })
  })

  it('reads a bare recording, and gives an old one without poses an empty head track', () => {
    expect(parseRecordingFile(roundTrip(recording))).toEqual({ ok: true, recording })
    const { poses: _old, ...old } = recording
    expect(parseRecordingFile(roundTrip(old))).toEqual({ ok: true, recording: { ...old, poses: { head: [] } } })
  })

  it('keeps the headset CPR metrics of cpr.quality commands, so a replay gives the same events', () => {
    const metrics = {
      ratePerMin: 110,
      depthMm: 55,
      recoilFraction: 1,
      longestPauseS: 0,
      compressionFraction: 1,
      compressions: 18,
      windowS: 10,
    }
    const withCpr = {
      ...recording,
      commands: [{ atMs: 1000, command: { type: 'cpr.quality', quality: 0.9, metrics } }],
    }
    expect(parseRecordingFile(roundTrip(withCpr))).toEqual({ ok: true, recording: withCpr })
    const bad = { ...withCpr, commands: [{ atMs: 1000, command: { type: 'cpr.quality', quality: 0.9, metrics: {} } }] }
    expect(parseRecordingFile(bad)).toMatchObject({ ok: false })
  })

  const refusal = (json: unknown) => {
    const result = parseRecordingFile(json)
    return result.ok ? 'accepted' : result.message
  }

  it('names the missing or wrong field', () => {
    const { seed: _seed, ...noSeed } = recording
    expect(refusal(noSeed)).toMatch(/^This is not a Resus recording: seed: /)
    expect(refusal({ ...file, recording: noSeed })).toMatch(/: recording\.seed: /)
    const badCommand = { ...recording, commands: [{ atMs: 'soon', command: { type: 'sim.pause' } }] }
    expect(refusal(badCommand)).toMatch(/: commands\.0\.atMs: /)
    const unknownCommand = { ...recording, commands: [{ atMs: 0, command: { type: 'sim.explode' } }] }
    expect(refusal(unknownCommand)).toMatch(/: commands\.0\.command\.type: /)
    expect(refusal({ ...file, formatVersion: 2 })).toMatch(/: formatVersion: /)
    expect(refusal({ ...file, format: 'other' })).toMatch(/: format: /)
    expect(refusal(null)).toMatch(/: \(the file\): /)
    expect(refusal({ ...file, scenario: { ...file.scenario, version: '9.9.9' } })).toMatch(/scenario \(/)
  })
})
