// Both gateways' SDKs reject with their own error class; tests want that error back to look at.

/** Expects `promise` to reject with an instance of `errorClass` and returns the error. */
export async function rejectsWith<E>(promise: Promise<unknown>, errorClass: abstract new (...args: any[]) => E): Promise<E> {
  try {
    await promise;
  } catch (err) {
    expect(err).toBeInstanceOf(errorClass);
    return err as E;
  }
  throw new Error(`expected ${errorClass.name}, but the call succeeded`);
}
