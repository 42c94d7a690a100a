import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../crypto/sha256';
import { runSeedCli } from './cli';

function memoryIo() {
  const lines: string[] = [];
  const files = new Map<string, Uint8Array>();
  return {
    lines,
    files,
    io: {
      log: (l: string) => void lines.push(l),
      write: async (file: string, bytes: Uint8Array) => (files.set(file, bytes), `/abs/${file}`),
    },
  };
}

describe('seed cli', () => {
  it('writes S to the default path and prints the summary', async () => {
    const m = memoryIo();
    expect(await runSeedCli([], m.io)).toBe(0);
    const bytes = m.files.get('.tmp/seed-S.slbk')!;
    expect(bytes.length).toBeGreaterThan(0);
    const out = m.lines.join('\n');
    expect(out).toContain('people    200');
    expect(out).toContain('docs      341');
    expect(out).toContain(`bytes     ${bytes.length}`);
    expect(out).toContain(`sha256    ${await sha256Hex(bytes)}`);
  });

  it('accepts --size s --out=FILE and refuses bad arguments with exit code 2', async () => {
    const m = memoryIo();
    expect(await runSeedCli(['--size', 's', '--out=x/demo.slbk'], m.io)).toBe(0);
    expect(m.files.has('x/demo.slbk')).toBe(true);
    expect(await runSeedCli(['--size', 'M'], m.io)).toBe(2);
    expect(await runSeedCli(['--bogus'], m.io)).toBe(2);
    expect(m.files.size).toBe(1);
  });
});
