/**
 * One firm as read from a sheet or a CSV row: field id (`sector`, `employees`, `rd_spend`, ...) →
 * the raw value as typed (text, number, boolean, or absent). Every engine entry point that reads a
 * row takes this shape and does its own coercion through `input/`.
 */
export type FirmRow = Readonly<Record<string, unknown>>;
