/** Input the command cannot use at all (missing file, no usable column, unknown option value): exit 2, one line. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}
