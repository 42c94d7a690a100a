/** English messages of training PDFs (record, sign-in sheet, batch, 销毁确认单). */
export const en_tpdf: Record<string, string> = {
};
