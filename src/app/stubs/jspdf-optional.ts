/**
 * Stands in for jsPDF's optional add-ons (html2canvas, dompurify, canvg): our PDFs are built from text and vector
 * shapes, never from HTML or SVG, so those ~100 KB (gzip) are neither bundled nor precached. Using them fails loudly.
 */
export default function unavailable(): never {
  throw new Error('jsPDF HTML/SVG rendering is not bundled in SafeLedger');
}
