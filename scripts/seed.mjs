#!/usr/bin/env node
// `npm run seed -- --size S|R [--out FILE]`: builds a seed workspace as a SafeLedger backup file.
// Thin launcher: lets Node load the TypeScript sources through tsx, then runs src/seed/cli.ts with Node's file
// system (src/ never imports Node built-ins).
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { register } from 'tsx/esm/api';

register();
const { runSeedCli } = await import('../src/seed/cli.ts');
process.exitCode = await runSeedCli(process.argv.slice(2), {
  log: (line) => console.log(line),
  async write(file, bytes) {
    const path = resolve(file);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, bytes);
    return path;
  },
});
