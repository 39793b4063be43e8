// Request bodies the way the driver routers read them.

/** The body as an object, or `{}` for null / missing / non-object bodies. */
export function bodyObject(body: unknown): Record<string, unknown> {
  return typeof body === 'object' && body !== null && !Array.isArray(body) ? (body as Record<string, unknown>) : {};
}
