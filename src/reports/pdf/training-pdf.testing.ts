import { execFileSync } from 'node:child_process';
import { crc32, deflateSync } from 'node:zlib';
import { jsPDF } from 'jspdf';
import { FONT, savePdf } from './pdf-tools.testing';
import type { TrainingParticipantVm, TrainingRecordVm } from './training-view-models';
import type { PdfBase, PdfImage } from './view-models';

/** Test fixtures of the training PDFs: a realistic record, signature PNGs and JPEG photos. */

export const BASE = (): PdfBase => ({
  font: FONT,
  enterprise: '苏州测试化工有限公司',
  logo: { bytes: rgbaPng(60, 20, () => [31, 78, 140, 255]), mime: 'image/png' },
  generatedOn: '2025-03-20',
});

/** A PNG (colour type 6, RGBA) whose pixels `px(x, y)` gives. */
export function rgbaPng(width: number, height: number, px: (x: number, y: number) => [number, number, number, number]): Uint8Array {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const [len, crc] = [Buffer.alloc(4), Buffer.alloc(4)];
    len.writeUInt32BE(data.length);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([len, body, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 6, 0, 0, 0], 8);
  const raw = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) raw.set(px(x, y), y * (width * 4 + 1) + 1 + x * 4);
  const sig = Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]);
  return new Uint8Array(Buffer.concat([sig, chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]));
}

/** A signature-pad PNG (transparent, dark strokes; 600 × 200 like a phone's pad at 2× pixel ratio), one per seed. */
export function signaturePng(seed: number): PdfImage {
  const bytes = rgbaPng(600, 200, (x, y) => {
    const curve = 100 + 60 * Math.sin(x / (25 + (seed % 7)) + seed);
    return Math.abs(y - curve) < 4 && x > 40 && x < 560 ? [20, 20, 40, 255] : [0, 0, 0, 0];
  });
  return { bytes, mime: 'image/png' };
}

/** A real JPEG (poppler renders a drawn page), `w` × `h` mm at 40 dpi. */
export function jpegPhoto(w = 80, h = 60, rgb: [number, number, number] = [90, 140, 180]): PdfImage {
  const doc = new jsPDF({ unit: 'mm', format: [w, h], orientation: w > h ? 'landscape' : 'portrait' });
  doc.setFillColor(...rgb);
  doc.rect(0, 0, w, h, 'F');
  doc.setFillColor(240, 200, 60);
  doc.circle(w / 3, h / 3, h / 6, 'F');
  const file = savePdf(new Uint8Array(doc.output('arraybuffer')), 'photo');
  return { bytes: new Uint8Array(execFileSync('pdftoppm', ['-jpeg', '-r', '40', '-f', '1', '-l', '1', file])), mime: 'image/jpeg' };
}

/** Attendee i: signed (pad) and scored unless the pattern marks them late, absent or not signed in. */
export function participant(i: number): TrainingParticipantVm {
  const workNo = `A${String(i + 1).padStart(3, '0')}`;
  const name = `参训${'甲乙丙丁戊己庚辛壬癸'[i % 10]}${i + 1}`;
  const department = ['生产一车间', '储运部', '维修车间'][i % 3]!;
  if (i % 17 === 16) return { workNo, name, department, mark: 'absent' };
  const late = i % 11 === 10;
  const theory = 60 + ((i * 7) % 41);
  return {
    workNo, name, department, mark: late ? 'late' : 'present', signedAt: late ? '08:47' : '08:2' + (i % 10),
    signature: signaturePng(i), theory, practical: 85, passed: theory >= 80, ...(theory < 80 ? { retrainDate: '2025-04-15' } : {}),
  };
}

/** A complete archived record with `n` attendees and 3 photos. */
export function record(n: number, over: Partial<TrainingRecordVm> = {}): TrainingRecordVm {
  return {
    number: '2025-SC-FX-003',
    renumbered: [{ from: '2025-SC-FX-002', to: '2025-SC-FX-003', at: '2025-03-12 10:05' }],
    name: '2025 年一季度危险化学品安全操作复训',
    typeLabel: '定期复训',
    department: '生产一车间',
    date: '2025-03-10',
    start: '08:30',
    end: '11:45',
    place: '三楼安全培训室',
    instructor: '周讲师',
    topic: '储罐区动火作业与受限空间安全',
    summary: '讲解动火作业分级审批、气体检测要求、受限空间作业“先通风、再检测、后作业”原则及应急救援程序。',
    methodLabel: '笔试＋实操考核',
    passMark: 80,
    hours: 4,
    recorder: '吴记录',
    stateLabel: '已归档',
    submitted: { by: '吴记录', at: '2025-03-10 15:20' },
    reviewed: { by: '郑审核', at: '2025-03-11 09:02' },
    archived: { by: '郑审核', at: '2025-03-12 10:00' },
    participants: Array.from({ length: n }, (_, i) => participant(i)),
    photos: [jpegPhoto(), jpegPhoto(60, 80, [160, 90, 90]), jpegPhoto(80, 60, [90, 160, 90])],
    documents: [{ kindLabel: '考核评分表', name: '一季度复训评分表.xlsx' }, { kindLabel: '课件', name: '动火作业安全.pptx' }],
    ...over,
  };
}
