import type { AttributeValue } from '@aws-sdk/client-dynamodb';

/** A plain JSON value as DynamoDB stores it (strings, numbers, booleans, null, lists, maps). */
export type Json = string | number | boolean | null | readonly Json[] | { readonly [key: string]: Json };

/** Marshals a plain JSON value (the few attributes we write by hand; no dependency on util-dynamodb). */
export function toAttribute(value: Json): AttributeValue {
  if (value === null) return { NULL: true };
  if (typeof value === 'string') return { S: value };
  if (typeof value === 'number') return { N: String(value) };
  if (typeof value === 'boolean') return { BOOL: value };
  if (isJsonArray(value)) return { L: value.map(toAttribute) };
  return { M: Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toAttribute(v)])) };
}

/** Unmarshals what {@link toAttribute} wrote; string sets come back as arrays. */
export function fromAttribute(value: AttributeValue): Json {
  if (value.S !== undefined) return value.S;
  if (value.N !== undefined) return Number(value.N);
  if (value.BOOL !== undefined) return value.BOOL;
  if (value.NULL !== undefined) return null;
  if (value.SS !== undefined) return value.SS;
  if (value.L !== undefined) return value.L.map(fromAttribute);
  if (value.M !== undefined) {
    return Object.fromEntries(Object.entries(value.M).map(([k, v]) => [k, fromAttribute(v)]));
  }
  return null;
}

/** A string set; DynamoDB refuses an empty one, so callers leave the attribute out instead. */
export const stringSet = (values: Iterable<string>): AttributeValue => ({ SS: [...new Set(values)] });

const isJsonArray = (value: Json): value is readonly Json[] => Array.isArray(value);

/** Reads a string attribute, or undefined. */
export const str = (item: Record<string, AttributeValue> | undefined, name: string): string | undefined =>
  item?.[name]?.S;

/** Reads a string-set attribute as an array (empty when absent). */
export const strings = (item: Record<string, AttributeValue> | undefined, name: string): string[] =>
  item?.[name]?.SS ?? [];
