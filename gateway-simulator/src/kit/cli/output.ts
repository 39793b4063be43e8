// What the CLI's client commands share: printing answers, and a usage error.

export const print = (data: unknown): void => console.log(JSON.stringify(data, null, 2));

/** A command line that does not make sense; the CLI prints the message (and usage) and exits 1. */
export class UsageError extends Error {}
