/** Letter size, in PDF points (1/72 inch). Shared by the PDF and DOCX renderers. */
export const PAGE_WIDTH = 612;
export const PAGE_HEIGHT = 792;
export const MARGIN = 72;
export const FONT_SIZE = 12;
export const FOOTER_SIZE = 10;
export const TEXT_LEFT = MARGIN;
export const TEXT_RIGHT = PAGE_WIDTH - MARGIN;
export const TEXT_WIDTH = TEXT_RIGHT - TEXT_LEFT;

/** Double-spaced body text, and the pleading grid pitch. */
export const DOUBLE = 24;
/** Single spacing: exact 12 pt on pleading paper (half a grid line), 14 pt elsewhere. */
export const SINGLE_PLEADING = 12;
export const SINGLE = 14;
export const INDENT = 36;

/**
 * Pleading paper (as Cal. Rules of Court 2.108 defines it): 28 lines of 24 pt from 1 inch below the
 * top; line numbers in the left margin, a double rule left of the text and a single rule right.
 */
export const PLEADING = {
  lines: 28,
  top: PAGE_HEIGHT - MARGIN,
  bottom: PAGE_HEIGHT - MARGIN - 28 * DOUBLE,
  numberRight: 54,
  leftRules: [62, 65] as const,
  rightRule: 558,
  /** The first-page caption: court title on line 8 (Cal. Rules of Court 2.111). */
  courtTitleLine: 8,
} as const;

/** Baseline of text centred in a line box whose top is `top` and height `leading`. */
export function baselineIn(top: number, leading: number, size: number = FONT_SIZE): number {
  return top - leading / 2 - size * 0.3;
}
