/** English messages of retention classes, destroy orders and destruction. */
export const en_retention: Record<string, string> = {
};
