export const MIN_LENGTH = 8;

/** What is wrong with a new password, for the sign-up form; empty when it is acceptable. */
export function passwordProblems(password: string): string[] {
  const problems: string[] = [];
  if (password.length < MIN_LENGTH) problems.push(`at least ${MIN_LENGTH} characters`);
  return problems;
}
