/** Reading a `Content-Type` header: used by HTTP (the charset) and by format detection (the type). */

/** A parsed `Content-Type`: lower-case `type/subtype` and its parameters. */
export interface MediaType {
  essence: string;
  params: Record<string, string>;
}

export function parseContentType(header: string | null | undefined): MediaType {
  const [essence = '', ...rest] = (header ?? '').split(';');
  const params: Record<string, string> = {};
  for (const param of rest) {
    const eq = param.indexOf('=');
    if (eq > 0)
      params[param.slice(0, eq).trim().toLowerCase()] = param
        .slice(eq + 1)
        .trim()
        .replace(/^"(.*)"$/, '$1');
  }
  return { essence: essence.trim().toLowerCase(), params };
}
