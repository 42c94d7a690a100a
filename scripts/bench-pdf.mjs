// PDF figure for `npm run bench` (DESIGN §2: a 50-record PDF with the font cached ≤ 1 s), wired in by bench.mjs.
// It runs in the page through window.__safeledger.pdfCards50 (src/app/debug-api.ts), which loads the font first
// (fetched once, then from Cache Storage) and times building 50 certificate cards.

const RUNS = Number(process.env.BENCH_REPEAT ?? 5);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/**
 * On a page where the app runs with a workspace holding ≥ 50 certificates: the median time of a 50-card certificate
 * PDF after one warm-up run (which downloads the font and loads jsPDF).
 * @param {import('playwright-core').Page} page
 * @returns {Promise<{ pdf_cert_cards_50_ms: number; pdf_training_50_ms: number }>}
 */
export async function benchPdf(page) {
  await page.waitForFunction(() => '__safeledger' in window, undefined, { timeout: 30_000 });
  const run = () => page.evaluate(() => window.__safeledger.pdfCards50());
  const warm = await run();
  console.error('[bench] pdf: 50 cards', `${Math.round(warm.bytes / 1024)} KB`, `warm-up ${Math.round(warm.ms)} ms`);
  const times = [];
  for (let i = 0; i < RUNS; i++) times.push((await run()).ms);
  const training = () => page.evaluate(() => window.__safeledger.pdfTraining50());
  const tw = await training();
  console.error('[bench] pdf: 50-attendee training record', `${Math.round(tw.bytes / 1024)} KB`, `warm-up ${Math.round(tw.ms)} ms`);
  const ttimes = [];
  for (let i = 0; i < RUNS; i++) ttimes.push((await training()).ms);
  return { pdf_cert_cards_50_ms: Math.round(median(times)), pdf_training_50_ms: Math.round(median(ttimes)) };
}
