/** English messages of annual and special training plans. */
export const en_plan: Record<string, string> = {
};
