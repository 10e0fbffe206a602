/** A message for anything thrown, including non-Error values and error causes. */
export function errorMessage(error: unknown): string {
  if (error instanceof Error) {
    const cause = error.cause instanceof Error ? `\nCaused by: ${error.cause.message}` : '';
    return `${error.message}${cause}`;
  }
  return typeof error === 'string' ? error : `Unexpected failure: ${JSON.stringify(error)}`;
}
