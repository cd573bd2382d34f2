/**
 * Which queries Firestore can serve with the indexes of firestore.indexes.json, as
 * Firestore decides it: without a composite index, only queries on one field (a filter
 * and/or an order on it), or equality and array-contains filters alone (single-field
 * indexes merged); anything else needs a composite index whose fields are the equality
 * fields, in any order, then the query's orders, field for field and direction for
 * direction (inequality fields are ordered implicitly, ascending, as Firestore does). A
 * field exempted from single-field indexing (`indexes: []`) serves no query on its own.
 * Conservative where Firestore is clever (it can merge composite indexes): a query this
 * refuses may need one index more than strictly necessary, never one less.
 *
 * The embedded emulator applies it to every query on the product's collections
 * (scripts/emulator.ts), so a test that runs a query without its index fails as production
 * would, with the index it needs in the message.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export interface IndexField {
  fieldPath: string;
  order?: 'ASCENDING' | 'DESCENDING';
  arrayConfig?: 'CONTAINS';
}

export interface IndexFile {
  indexes: Array<{ collectionGroup: string; queryScope: string; fields: IndexField[] }>;
  fieldOverrides: Array<{ collectionGroup: string; fieldPath: string; ttl?: boolean; indexes: Array<{ order?: string; arrayConfig?: string; queryScope?: string }> }>;
}

export type FilterOp = 'eq' | 'in' | 'array-contains' | 'array-contains-any' | 'range' | 'not';

export interface QueryShape {
  collectionGroup: string;
  filters: Array<{ field: string; op: FilterOp }>;
  orderBy: Array<{ field: string; direction: 'asc' | 'desc' }>;
}

export const INDEX_FILE = fileURLToPath(new URL('../firestore.indexes.json', import.meta.url));

export function readIndexFile(path = INDEX_FILE): IndexFile {
  return JSON.parse(readFileSync(path, 'utf8')) as IndexFile;
}

const ORDER = { asc: 'ASCENDING', desc: 'DESCENDING' } as const;

interface IndexParts {
  /** array-contains fields, then equality fields: the index's head, in any order. */
  arrays: string[];
  equalities: string[];
  /** The query's orders, explicit then implicit (inequality fields, ascending): the index's tail, exactly. */
  orders: Array<{ field: string; direction: 'asc' | 'desc' }>;
}

function partsOf(query: QueryShape): IndexParts {
  const equalities = [...new Set(query.filters.filter((f) => f.op === 'eq' || f.op === 'in').map((f) => f.field))];
  const arrays = [...new Set(query.filters.filter((f) => f.op === 'array-contains' || f.op === 'array-contains-any').map((f) => f.field))];
  const orders = query.orderBy.filter((o) => o.field !== '__name__' && !equalities.includes(o.field));
  for (const f of query.filters) {
    if ((f.op === 'range' || f.op === 'not') && !orders.some((o) => o.field === f.field)) orders.push({ field: f.field, direction: 'asc' });
  }
  return { arrays, equalities, orders };
}

const needsComposite = ({ arrays, equalities, orders }: IndexParts) => orders.length > 1 || (orders.length === 1 && arrays.length + equalities.length > 0);

/** The composite index a query needs, as a firestore.indexes.json entry, or null when single-field indexes serve it. */
export function neededIndex(query: QueryShape): IndexFile['indexes'][number] | null {
  const parts = partsOf(query);
  if (!needsComposite(parts)) return null;
  return {
    collectionGroup: query.collectionGroup,
    queryScope: 'COLLECTION',
    fields: [
      ...parts.arrays.map((fieldPath) => ({ fieldPath, arrayConfig: 'CONTAINS' as const })),
      ...parts.equalities.map((fieldPath) => ({ fieldPath, order: 'ASCENDING' as const })),
      ...parts.orders.map((o) => ({ fieldPath: o.field, order: ORDER[o.direction] })),
    ],
  };
}

/** Why the index file cannot serve the query, with the index to add; null when it can. */
export function missingIndex(query: QueryShape, file: IndexFile): string | null {
  const parts = partsOf(query);
  if (!needsComposite(parts)) {
    const fields = [...query.filters.map((f) => f.field), ...query.orderBy.map((o) => o.field)];
    const exempt = fields.find((field) => file.fieldOverrides.some((o) => o.collectionGroup === query.collectionGroup && o.fieldPath === field && o.indexes.length === 0));
    return exempt ? `The query filters or orders on ${query.collectionGroup}.${exempt}, which firestore.indexes.json exempts from indexing.` : null;
  }
  const headSize = parts.arrays.length + parts.equalities.length;
  const wantedHead = [...parts.arrays.map((f) => `${f}:contains`), ...parts.equalities.map((f) => `${f}:eq`)].sort().join(',');
  const wantedTail = parts.orders.map((o) => `${o.field}:${ORDER[o.direction]}`).join(',');
  const serves = (index: IndexFile['indexes'][number]) =>
    index.collectionGroup === query.collectionGroup &&
    index.queryScope === 'COLLECTION' &&
    index.fields.length === headSize + parts.orders.length &&
    index.fields.slice(0, headSize).map((f) => `${f.fieldPath}:${f.arrayConfig ? 'contains' : 'eq'}`).sort().join(',') === wantedHead &&
    index.fields.slice(headSize).map((f) => `${f.fieldPath}:${f.order}`).join(',') === wantedTail;
  if (file.indexes.some(serves)) return null;
  return `The query requires an index. Add to firestore.indexes.json: ${JSON.stringify(neededIndex(query))}`;
}

/** The part of an emulator request's StructuredQuery (its toObject()) that decides the index. */
interface StructuredQueryObject {
  from?: Array<{ collection_id?: string }>;
  where?: StructuredFilter;
  order_by?: Array<{ field?: { field_path?: string }; direction?: number }>;
}
interface StructuredFilter {
  field_filter?: { field?: { field_path?: string }; op?: number };
  unary_filter?: { field?: { field_path?: string }; op?: number };
  composite_filter?: { filters?: StructuredFilter[] };
}

/** google.firestore.v1 FieldFilter.Operator and UnaryFilter.Operator numbers. */
const FIELD_OPS: Record<number, FilterOp> = { 1: 'range', 2: 'range', 3: 'range', 4: 'range', 5: 'eq', 6: 'not', 7: 'array-contains', 8: 'in', 9: 'array-contains-any', 10: 'not' };
const UNARY_OPS: Record<number, FilterOp> = { 2: 'eq', 3: 'eq', 4: 'not', 5: 'not' };

/** A query as the emulator receives it, in the shape neededIndex reads. */
export function shapeOf(query: StructuredQueryObject): QueryShape {
  const filters: QueryShape['filters'] = [];
  const visit = (filter: StructuredFilter | undefined) => {
    if (!filter) return;
    if (filter.field_filter?.field?.field_path) filters.push({ field: filter.field_filter.field.field_path, op: FIELD_OPS[filter.field_filter.op ?? 0] ?? 'range' });
    if (filter.unary_filter?.field?.field_path) filters.push({ field: filter.unary_filter.field.field_path, op: UNARY_OPS[filter.unary_filter.op ?? 0] ?? 'range' });
    filter.composite_filter?.filters?.forEach(visit);
  };
  visit(query.where);
  return {
    collectionGroup: query.from?.[0]?.collection_id ?? '',
    filters,
    orderBy: (query.order_by ?? []).map((o) => ({ field: o.field?.field_path ?? '', direction: o.direction === 2 ? 'desc' : 'asc' })),
  };
}
