import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

const ROOT = fileURLToPath(new URL('../../', import.meta.url))

function validate(...files: string[]) {
  const run = spawnSync('npx', ['tsx', 'src/cli/validate.ts', ...files], { cwd: ROOT, encoding: 'utf8' })
  return { status: run.status, stdout: run.stdout }
}

describe('npm run validate', () => {
  it('passes a valid file with a ✓ line and exit code 0', () => {
    const { status, stdout } = validate('test/fixtures/valid/minimal-valid.yaml')
    expect(stdout).toBe('✓ test/fixtures/valid/minimal-valid.yaml\n\nall 1 file valid\n')
    expect(status).toBe(0)
  })

  it('prints every error of a broken file, a summary, and exits with 1', () => {
    const { status, stdout } = validate(
      'test/fixtures/valid/minimal-valid.yaml',
      'test/fixtures/invalid/several-cross-ref-errors.yaml',
    )
    const broken = 'test/fixtures/invalid/several-cross-ref-errors.yaml'
    expect(stdout.split('\n')).toEqual([
      '✓ test/fixtures/valid/minimal-valid.yaml',
      `${broken}:82:9 transitions.0.to: unknown state "recoverd" (did you mean "recovering"?)`,
      `${broken}:118:16 actions.glucose-20-iv.requires.0: unknown action "cannula" (actions: assess-patient, check-glucose, iv-access, glucose-20-iv, glucagon, oral-glucose-gel)`,
      `${broken}:134:5 actions.oral-glucose-gel.ref: a drug action's doses and routes are clinical numbers; cite its guideline with ref: <id of references>`,
      `${broken}:148:42 rubric.items.glucose-checked.rule.performedWithin.action.id: unknown action "check-glucos" (did you mean "check-glucose"?)`,
      '',
      '4 errors in 1 of 2 files',
      '',
    ])
    expect(status).toBe(1)
  })

  it('reports a file it cannot read', () => {
    const { status, stdout } = validate('test/fixtures/no-such-file.yaml')
    expect(stdout).toContain('test/fixtures/no-such-file.yaml:1:1 (file): cannot read this file (ENOENT)')
    expect(status).toBe(1)
  })
})
