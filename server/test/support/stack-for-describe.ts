import { startTestStack, type StackOptions, type TestStack } from './test-stack.js';

/** A stack of its own for the enclosing describe (e.g. with small limits), started and stopped around it. */
export function stackForDescribe(options: StackOptions): () => TestStack {
  let stack: TestStack;
  beforeAll(async () => {
    stack = await startTestStack(options);
  });
  afterAll(() => stack.stop());
  return () => stack;
}
