/** Escapes text for HTML element content and attribute values. */
export const escapeHtml = (s: string): string => s.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);
