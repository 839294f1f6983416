/**
 * Interest values: the one vocabulary shared by alerts (`interests` message attribute) and subscriptions
 * (filter policies). SNS matches attribute values case-sensitively, so both sides build them here.
 */
export const INTEREST_ATTRIBUTE = 'interests';

export const countryInterest = (code: string): string => `country:${code.toUpperCase()}`;
export const officialInterest = (id: string): string => `official:${id}`;

/** Every official with this surname key (`surname:tokaev`), in any script: what a surname subscription lists. */
export const surnameInterest = (key: string): string => `surname:${key}`;

/** A release naming both countries: one value per pair, codes sorted (`pair:KZ-SI`). */
export const pairInterest = (a: string, b: string): string => {
  const [x, y] = [a.toUpperCase(), b.toUpperCase()].sort();
  return `pair:${x}-${y}`;
};
