import type { MessageAttribute } from '../alert';

/** A filter policy as SNS stores it (`FilterPolicyScope: MessageAttributes`): attribute name -> conditions. */
export type FilterPolicyDocument = Readonly<Record<string, unknown>>;

type Value = string | number | boolean | null;

/** A filter policy SNS would reject, or an operator this matcher does not implement. */
export class FilterPolicyError extends Error {
  override readonly name = 'FilterPolicyError';
}

/**
 * Whether SNS would deliver a message with these attributes to a subscription with this policy, following
 * the documented semantics of attribute-based filtering (Amazon SNS Developer Guide, "Subscription filter
 * policies"): AND across the policy's keys, OR within a key's list, `$or` between alternative sub-policies;
 * exact string and numeric matches; a `String.Array` attribute matches when any element matches; `prefix`,
 * `suffix`, `equals-ignore-case`, `anything-but`, `numeric` ranges and `exists`. Matching is case-sensitive.
 */
export function matchesFilterPolicy(
  policy: FilterPolicyDocument,
  attributes: Readonly<Record<string, MessageAttribute>>,
): boolean {
  const values = new Map<string, Value[] | null>();
  for (const [name, attribute] of Object.entries(attributes)) values.set(name, attributeValues(attribute));
  return policyMatches(policy, values, Object.keys(attributes).length > 0);
}

function policyMatches(
  policy: FilterPolicyDocument,
  values: Map<string, Value[] | null>,
  anyAttribute: boolean,
): boolean {
  return Object.entries(policy).every(([key, conditions]) => {
    if (key === '$or') {
      if (!Array.isArray(conditions) || conditions.length < 2)
        throw new FilterPolicyError('$or takes a list of at least two policies');
      return conditions.some((sub) => policyMatches(asRecord(sub, '$or'), values, anyAttribute));
    }
    if (!Array.isArray(conditions)) {
      // Nested objects are for MessageBody scope only.
      throw new FilterPolicyError(`policy key '${key}' must map to a list of conditions`);
    }
    const present = values.get(key);
    return conditions.some((condition) =>
      conditionMatches(condition, values.has(key) ? (present ?? null) : undefined, anyAttribute),
    );
  });
}

/** `undefined`: attribute absent; `null`: present but unreadable (an invalid String.Array). */
function conditionMatches(
  condition: unknown,
  values: Value[] | null | undefined,
  anyAttribute: boolean,
): boolean {
  if (condition === null || typeof condition !== 'object') {
    return values?.some((v) => equalsExactly(condition as Value, v)) ?? false;
  }
  const [operator, operand, ...extra] = Object.entries(condition as Record<string, unknown>).flat();
  if (extra.length > 0)
    throw new FilterPolicyError(`a condition has one operator: ${JSON.stringify(condition)}`);
  if (operator === 'exists') {
    // "exists": false matches only when at least one other attribute is present (SNS docs, key matching).
    return operand === true
      ? values !== undefined
      : operand === false && values === undefined && anyAttribute;
  }
  if (values == null) return false;
  const strings = values.filter((v): v is string => typeof v === 'string');
  const numbers = values.filter((v): v is number => typeof v === 'number');
  switch (operator) {
    case 'prefix':
      return strings.some((s) => s.startsWith(asString(operand, 'prefix')));
    case 'suffix':
      return strings.some((s) => s.endsWith(asString(operand, 'suffix')));
    case 'equals-ignore-case':
      return strings.some((s) => s.toLowerCase() === asString(operand, 'equals-ignore-case').toLowerCase());
    case 'numeric':
      return numbers.some((n) => numericMatches(n, operand));
    case 'anything-but':
      // For an array attribute, current SNS docs say it matches when none of the elements is listed.
      return values.length > 0 && values.every((v) => !anythingButExcludes(operand, v));
    default:
      throw new FilterPolicyError(`unsupported filter operator '${String(operator)}'`);
  }
}

function anythingButExcludes(operand: unknown, value: Value): boolean {
  if (Array.isArray(operand)) return operand.some((o) => equalsExactly(o as Value, value));
  if (operand !== null && typeof operand === 'object') {
    const { prefix, suffix } = operand as { prefix?: unknown; suffix?: unknown };
    if (typeof prefix === 'string') return typeof value === 'string' && value.startsWith(prefix);
    if (typeof suffix === 'string') return typeof value === 'string' && value.endsWith(suffix);
    throw new FilterPolicyError(`unsupported anything-but operand ${JSON.stringify(operand)}`);
  }
  return equalsExactly(operand as Value, value);
}

function numericMatches(value: number, operand: unknown): boolean {
  if (!Array.isArray(operand) || operand.length === 0 || operand.length % 2 !== 0) {
    throw new FilterPolicyError(`numeric takes [operator, number, ...]: ${JSON.stringify(operand)}`);
  }
  for (let i = 0; i < operand.length; i += 2) {
    const op = operand[i];
    const bound = operand[i + 1];
    if (typeof bound !== 'number')
      throw new FilterPolicyError(`numeric bound must be a number: ${JSON.stringify(operand)}`);
    const ok =
      op === '='
        ? value === bound
        : op === '<'
          ? value < bound
          : op === '<='
            ? value <= bound
            : op === '>'
              ? value > bound
              : op === '>='
                ? value >= bound
                : undefined;
    if (ok === undefined) throw new FilterPolicyError(`unknown numeric operator ${JSON.stringify(op)}`);
    if (!ok) return false;
  }
  return true;
}

/** A policy string matches string values only, a policy number numeric values only. */
function equalsExactly(expected: Value, value: Value): boolean {
  return expected === value;
}

function attributeValues(attribute: MessageAttribute): Value[] | null {
  switch (attribute.DataType) {
    case 'String':
      return [attribute.StringValue];
    case 'Number': {
      const n = Number(attribute.StringValue);
      return Number.isFinite(n) ? [n] : null;
    }
    case 'String.Array': {
      try {
        const parsed: unknown = JSON.parse(attribute.StringValue);
        if (!Array.isArray(parsed)) return null;
        return parsed.filter(
          (v): v is Value => v === null || ['string', 'number', 'boolean'].includes(typeof v),
        );
      } catch {
        return null;
      }
    }
    default:
      return null;
  }
}

function asString(operand: unknown, operator: string): string {
  if (typeof operand !== 'string') throw new FilterPolicyError(`${operator} takes a string`);
  return operand;
}

function asRecord(value: unknown, where: string): FilterPolicyDocument {
  if (value === null || typeof value !== 'object' || Array.isArray(value))
    throw new FilterPolicyError(`${where} takes objects`);
  return value as FilterPolicyDocument;
}
