/**
 * A start-up failure the operator can fix, said in one line: what is wrong and what to do. main.ts
 * prints its message alone (no stack) and exits 1; anything else is a defect and keeps its stack.
 */
export class StartupError extends Error {
  override name = 'StartupError';
}
