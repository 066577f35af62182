/**
 * "Needs attention" (a missing answer, a pending request, a repayment): Mantine's darkest orange
 * reads at only 4.3:1 on white, short of WCAG AA for small text; this one reads at 6.4:1.
 */
export const ATTENTION_COLOR = '#a63c06';
