// Types for content-security-policy.mjs (plain JavaScript: the image's build stage runs it with node).
export const MIDTRANS_SOURCES: string[];
export function contentSecurityPolicy(options: { graphqlUrl: string; snapSources?: string[] }): string;
export function snapSourcesFrom(value: string | undefined): string[];
