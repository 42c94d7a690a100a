/** English messages of training list, session types and core validation. */
export const en_training: Record<string, string> = {
};
