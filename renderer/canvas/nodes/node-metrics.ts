import { NODE_TEXT, type TextMetrics } from '../text-fit';

/**
 * Process nodes keep a header line (id, level, badges) above their name: the name's lines are
 * what is left below it.
 */
export const FRAMEWORK_TEXT: Readonly<TextMetrics> = {
  lineHeight: NODE_TEXT.lineHeight,
  // 5 px padding above and below, the 16 px header and the 2 px gap under it.
  reserved: 28,
};
