/**
 * A heading's anchor: lower-case words joined by `-` (letters of any script kept, so Chinese headings get
 * anchors too). `used` makes repeats unique in one page (`api`, `api-2`), in document order.
 */
export function slug(text: string, used?: Set<string>): string {
  const base =
    text
      .normalize('NFKC')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-+|-+$/g, '') || 'section';
  let id = base;
  for (let n = 2; used?.has(id); n++) id = `${base}-${n}`;
  used?.add(id);
  return id;
}
