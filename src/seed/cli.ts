import { sha256Hex } from '../crypto/sha256';
import { seedBackup } from './seed-backup';

/** What the CLI needs from its host (Node, in scripts/seed.mjs): src/ itself never imports Node built-ins. */
export type SeedCliIo = {
  log: (line: string) => void;
  /** Writes the file, creating missing directories; returns the absolute path written. */
  write: (file: string, bytes: Uint8Array) => Promise<string>;
};

const USAGE = 'usage: npm run seed -- [--size S|R] [--out FILE]   (default: --size S --out .tmp/seed-<size>.slbk)';

/**
 * `npm run seed -- --size S|R [--out FILE]`: writes the seed workspace as a backup file and prints a summary
 * (people, docs, bytes, sha256, seconds). Returns the process exit code (2 for a usage error).
 */
export async function runSeedCli(argv: readonly string[], io: SeedCliIo): Promise<number> {
  const { log } = io;
  let size = 'S';
  let out: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const [flag, inline] = a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, undefined];
    const value = () => inline ?? argv[++i];
    if (flag === '--size') size = (value() ?? '').toUpperCase();
    else if (flag === '--out') out = value();
    else if (flag === '--help' || flag === '-h') return (log(USAGE), 0);
    else return (log(`unknown argument: ${a}\n${USAGE}`), 2);
  }
  if (size !== 'S' && size !== 'R') return (log(`--size must be S or R\n${USAGE}`), 2);
  if (out === undefined || out === '') out = `.tmp/seed-${size}.slbk`;

  const t0 = performance.now();
  log(`seed ${size}: building workspace…`);
  const { parts, header } = await seedBackup(size, 'seed', (done, total) => log(`  people ${done}/${total}`));
  const bytes = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let off = 0;
  for (const p of parts) (bytes.set(p, off), (off += p.length));
  const file = await io.write(out, bytes);
  const sha = await sha256Hex(bytes);
  const seconds = (performance.now() - t0) / 1000;

  log(`wrote ${file}`);
  log(`  workspace ${header.workspace.name} (${header.workspace.id})`);
  log(`  people    ${header.counts.people}`);
  log(`  docs      ${header.counts.docs}`);
  log(`  bytes     ${bytes.length}`);
  log(`  sha256    ${sha}`);
  log(`  seconds   ${seconds.toFixed(2)}`);
  return 0;
}
