/** English messages of the sync area. */
export const en_sync: Record<string, string> = {
};
