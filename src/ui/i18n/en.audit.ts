/** English messages of the audit area. */
export const en_audit: Record<string, string> = {
};
