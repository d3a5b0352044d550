import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { CREDENTIALS_FILE, resolveLrsCredentials } from '../../src/server/lrs/index.ts'

let dir: string
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'resus-creds-'))
})
afterEach(() => rm(dir, { recursive: true, force: true }))

describe('resolveLrsCredentials', () => {
  it('takes LRS_USERNAME and LRS_PASSWORD from the environment and writes nothing', async () => {
    const c = resolveLrsCredentials({ LRS_USERNAME: 'lrs', LRS_PASSWORD: 's3cret' }, dir)
    expect(c).toMatchObject({ username: 'lrs', password: 's3cret', source: 'environment' })
    await expect(stat(join(dir, CREDENTIALS_FILE))).rejects.toThrow()
  })

  it('refuses only one of the two variables', () => {
    expect(() => resolveLrsCredentials({ LRS_USERNAME: 'lrs' }, dir)).toThrow(/both LRS_USERNAME and LRS_PASSWORD/)
  })

  it('generates a random account once, private to the owner, and reuses it on the next start', async () => {
    const first = resolveLrsCredentials({}, dir)
    expect(first.source).toBe('generated')
    expect(first.password.length).toBeGreaterThanOrEqual(24)
    expect((await stat(first.file)).mode & 0o777).toBe(0o600)
    const second = resolveLrsCredentials({}, dir)
    expect(second).toMatchObject({ username: first.username, password: first.password, source: 'file' })
    expect(resolveLrsCredentials({}, await mkdtemp(join(tmpdir(), 'resus-creds-'))).password).not.toBe(first.password)
  })

  it('reads an edited config file, and names the file when it is broken', async () => {
    const file = join(dir, CREDENTIALS_FILE)
    await writeFile(file, '{"username": "educator", "password": "pw"}')
    expect(resolveLrsCredentials({}, dir)).toMatchObject({ username: 'educator', source: 'file' })
    await writeFile(file, '{"username": ""}')
    expect(() => resolveLrsCredentials({}, dir)).toThrow(`${file}: expected {"username"`)
    await writeFile(file, 'username=x')
    expect(() => resolveLrsCredentials({}, dir)).toThrow(/not valid JSON/)
    expect(await readFile(file, 'utf8')).toBe('username=x')
  })
})
