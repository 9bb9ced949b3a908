/**
 * The elements as custom-elements.json describes them (the manifest the package ships, generated from the
 * elements' JSDoc), and the rows of their API tables: the docs pages render them and the search indexes them.
 */
import manifest from '../../custom-elements.json';

interface Named {
  name: string;
  description?: string;
  default?: string;
  type?: { text: string };
}
interface Attribute extends Named {
  fieldName?: string;
}
interface Member extends Named {
  kind: string;
  privacy?: string;
  static?: boolean;
  attribute?: string;
  readonly?: boolean;
}
export interface ElementDoc {
  name: string;
  tagName: string;
  summary?: string;
  description?: string;
  attributes?: Attribute[];
  members?: Member[];
  events?: Named[];
  slots?: Named[];
  cssParts?: Named[];
  cssProperties?: Named[];
}

export const elements: ElementDoc[] = (
  manifest as { modules: Array<{ declarations?: Array<Partial<ElementDoc> & { customElement?: boolean }> }> }
).modules
  .flatMap((module) => module.declarations ?? [])
  .filter((declaration): declaration is ElementDoc & { customElement: true } => Boolean(declaration.customElement && declaration.tagName));

export const elementDoc = (tag: string) => elements.find((element) => element.tagName === tag);

/** One row of an API table. `id` is the row's anchor, so search results and links can point at it. */
export interface ApiRow {
  id: string;
  /** The attribute, or the property name when there is no attribute (or both when they differ). */
  attribute?: string;
  property?: string;
  type?: string;
  default?: string;
  description: string;
}
export interface ApiTable {
  id: string;
  caption: string;
  rows: ApiRow[];
}

const typeText = (text?: string) => text?.replace(/ \| undefined$/, '');

/** The tables of one element, in the order the pages show them; empty tables are left out. */
export function apiTables(doc: ElementDoc): ApiTable[] {
  const attributes = doc.attributes ?? [];
  const attributeFields = new Set(attributes.map((a) => a.fieldName));
  const propertiesOnly = (doc.members ?? []).filter(
    (m) =>
      m.kind === 'field' &&
      !m.static &&
      m.privacy !== 'private' &&
      m.privacy !== 'protected' &&
      !attributeFields.has(m.name) &&
      m.description,
  );
  const tables: ApiTable[] = [
    {
      id: 'api-attributes-and-properties',
      caption: 'Attributes and properties',
      rows: [
        ...attributes.map((a) => ({
          id: `attribute-${a.name}`,
          attribute: a.name,
          property: a.fieldName,
          type: typeText(a.type?.text),
          default: a.default,
          description: a.description ?? '',
        })),
        ...propertiesOnly.map((m) => ({
          id: `property-${m.name}`,
          property: m.name,
          type: typeText(m.type?.text),
          default: m.default,
          description: m.description ?? '',
        })),
      ],
    },
    {
      id: 'api-events',
      caption: 'Events',
      rows: (doc.events ?? [])
        .filter((e) => e.name)
        .map((e) => ({ id: `event-${e.name}`, attribute: e.name, description: e.description ?? '' })),
    },
    {
      id: 'api-slots',
      caption: 'Slots',
      rows: (doc.slots ?? []).map((s) => ({
        id: `slot-${s.name || 'default'}`,
        attribute: s.name || '(default)',
        description: s.description ?? '',
      })),
    },
    {
      id: 'api-css-parts',
      caption: 'CSS parts',
      rows: (doc.cssParts ?? []).map((p) => ({ id: `part-${p.name}`, attribute: `::part(${p.name})`, description: p.description ?? '' })),
    },
    {
      id: 'api-css-custom-properties',
      caption: 'CSS custom properties',
      rows: (doc.cssProperties ?? []).map((p) => ({
        id: `css${p.name}`,
        attribute: p.name,
        default: p.default,
        description: p.description ?? '',
      })),
    },
  ];
  return tables.filter((table) => table.rows.length > 0);
}
