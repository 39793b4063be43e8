/**
 * A notification body (or anomaly details) for people: indented JSON when it parses,
 * else the text as received. A truncated body (bad signature) usually does not parse.
 */
export function prettyJson(text: string): string {
  try {
    return JSON.stringify(JSON.parse(text), null, 2);
  } catch {
    return text;
  }
}
