/** English messages of the review workflow, deadlines, archive numbers and the working-day calendar. */
export const en_workflow: Record<string, string> = {
};
