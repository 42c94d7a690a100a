import type { jsPDF } from 'jspdf';
import { BODY_WIDTH, PAGE } from './page';
import { lineHeight, wrap, writeLines, type WriteOptions } from './text';

/** A cursor down the body of the pages: writes blocks and starts a new page when the next one would not fit. */
export type Flow = {
  doc: jsPDF;
  /** Top of the next block (mm). */
  y: number;
  /** Starts a new page unless `h` mm still fit below `y`. */
  need(h: number): void;
  newPage(): void;
  /** Wrapped text; long text continues on the next page line by line. */
  paragraph(text: string, o?: WriteOptions & { pt?: number; indent?: number }): void;
  /** A section heading (kept with at least `keep` mm of what follows). */
  heading(text: string, keep?: number): void;
  gap(mm: number): void;
};

export function createFlow(doc: jsPDF): Flow {
  const flow: Flow = {
    doc,
    y: PAGE.top,
    need(h) {
      if (flow.y + h > PAGE.bottom && flow.y > PAGE.top) flow.newPage();
    },
    newPage() {
      doc.addPage('a4', 'portrait');
      flow.y = PAGE.top;
    },
    paragraph(text, o = {}) {
      const pt = o.pt ?? 10;
      const indent = o.indent ?? 0;
      const x = o.align === 'center' ? PAGE.left + BODY_WIDTH / 2 : o.align === 'right' ? PAGE.right : PAGE.left + indent;
      for (const line of wrap(doc, text, BODY_WIDTH - indent, pt)) {
        flow.need(lineHeight(pt));
        flow.y = writeLines(doc, [line], x, flow.y, pt, o);
      }
    },
    heading(text, keep = 20) {
      flow.need(lineHeight(11.5) + keep);
      flow.y = writeLines(doc, [text], PAGE.left, flow.y, 11.5, { bold: true }) + 1;
    },
    gap(mm) {
      flow.y += mm;
    },
  };
  return flow;
}
