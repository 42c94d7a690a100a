/** English messages of the session editor, sign-in and assessment. */
export const en_session: Record<string, string> = {
};
