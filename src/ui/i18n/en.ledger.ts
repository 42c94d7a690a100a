/** English messages of the hours ledger, shortfall list and quality metrics. */
export const en_ledger: Record<string, string> = {
};
