import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateRppsLines, type DemoRppsOptions } from './generate-rpps-lines';
import { writeRppsFile } from './write-rpps-file';

describe('writeRppsFile', () => {
  let folder: string;
  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'demo-rpps-'));
  });
  afterAll(async () => {
    await rm(folder, { recursive: true, force: true });
  });

  it('writes the generated lines with \\n line ends and counts rows and bytes', async () => {
    const options: DemoRppsOptions = { departements: ['55'], seed: 3, edition: 1 };
    const path = join(folder, 'meuse.txt');
    const written = await writeRppsFile(path, options);
    const lines = [...generateRppsLines(options)];
    expect(await readFile(path, 'utf8')).toBe(`${lines.join('\n')}\n`);
    expect(written.rows).toBe(lines.length - 1);
    expect(written.bytes).toBe((await stat(path)).size);
  });

  it('rejects on a path it cannot write', async () => {
    await expect(writeRppsFile(join(folder, 'missing-folder', 'file.txt'), { departements: ['55'], seed: 1, edition: 0 })).rejects.toThrow();
  });

  it('refuses bad options without creating the file', async () => {
    const path = join(folder, 'refused.txt');
    await expect(writeRppsFile(path, { departements: ['XX'], seed: 1, edition: 0 })).rejects.toThrow(/XX/);
    await expect(stat(path)).rejects.toThrow();
  });
});
