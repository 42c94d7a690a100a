/** A4 portrait in millimetres, and the area between the running header and footer. */
export const PAGE = {
  width: 210,
  height: 297,
  left: 18,
  right: 192,
  /** First line of body text (below the header rule). */
  top: 30,
  /** Last usable y of the body (above the footer rule). */
  bottom: 278,
} as const;

/** Usable body width. */
export const BODY_WIDTH = PAGE.right - PAGE.left;
