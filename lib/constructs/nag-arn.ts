/** cdk-nag's rendering of a resolved ARN: `{ Fn::GetAtt: [Id, Arn] }` -> `<Id.Arn>`, joined parts concatenated. */
export function flattenArn(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value !== 'object' || value === null) return String(value);
  const record = value as Record<string, unknown>;
  const getAtt = record['Fn::GetAtt'];
  if (Array.isArray(getAtt)) return `<${getAtt.join('.')}>`;
  const ref = record.Ref;
  if (typeof ref === 'string') return `<${ref}>`;
  const join = record['Fn::Join'];
  if (Array.isArray(join) && Array.isArray(join[1])) return join[1].map(flattenArn).join(String(join[0]));
  return JSON.stringify(value);
}
