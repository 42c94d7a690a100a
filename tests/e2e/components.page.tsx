/**
 * Browser side of components.e2e.ts, built by the test with Vite (Solid JSX): the sign-in and metrics components
 * on one page, with what they report kept on `window.sl` for the test to read.
 */
import { createSignal } from 'solid-js';
import { render } from 'solid-js/web';
import { BarChart } from '../../src/ui/components/BarChart';
import { QrScanner } from '../../src/ui/components/QrScanner';
import { SignaturePad } from '../../src/ui/components/SignaturePad';
import '../../src/ui/styles.css';

export type Signature = { width: number; height: number; bytes: number; type: string; dark: number } | null;
export type Seen = { signatures: Signature[]; texts: string[]; errors: string[] };

const seen: Seen = { signatures: [], texts: [], errors: [] };
(window as unknown as { sl: Seen }).sl = seen;

/** Size and count of dark pixels of a signature PNG, read back in the page. */
async function describe(png: Blob | null): Promise<Signature> {
  if (!png) return null;
  const bmp = await createImageBitmap(png);
  const c = document.createElement('canvas');
  [c.width, c.height] = [bmp.width, bmp.height];
  const g = c.getContext('2d')!;
  g.drawImage(bmp, 0, 0);
  const px = g.getImageData(0, 0, c.width, c.height).data;
  let dark = 0;
  for (let i = 0; i < px.length; i += 4) if (px[i]! < 128) dark++;
  return { width: bmp.width, height: bmp.height, bytes: png.size, type: png.type, dark };
}

function Page() {
  const [last, setLast] = createSignal('');
  return (
    <main class="page" style={{ padding: '1.5rem', display: 'grid', gap: '1.5rem', 'max-width': '720px' }}>
      <section class="card">
        <h2>孙电工 签名</h2>
        <SignaturePad label="孙电工 签名" onChange={(png) => void describe(png).then((s) => seen.signatures.push(s))} />
      </section>
      <section class="card">
        <h2>培训质量（2025 年）</h2>
        <BarChart
          unit="%"
          max={100}
          categories={['2025-01', '2025-02', '2025-03', '2025-04', '2025-05', '2025-06']}
          series={[
            { name: '完整率', values: [100, 92.5, 80, null, 0, 75] },
            { name: '及时率', values: [90, 100, 66.7, null, 50, 100] },
            { name: '规范率', values: [80, 85, 60, null, 0, 50] },
          ]}
        />
      </section>
      <section class="card">
        <h2>扫码签到</h2>
        <QrScanner
          label="扫码签到"
          photoLabel="选择胸卡照片"
          pasteLabel="粘贴胸卡二维码文本"
          submitLabel="签到"
          onText={(text) => (seen.texts.push(text), setLast(text))}
          onError={(msg) => seen.errors.push(msg)}
        />
        <p data-testid="last-scan">{last()}</p>
      </section>
    </main>
  );
}

render(() => <Page />, document.getElementById('root')!);
