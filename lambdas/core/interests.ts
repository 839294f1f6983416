/**
 * Interest values: the one vocabulary shared by alerts (`interests` message attribute) and subscriptions
 * (filter policies). SNS matches attribute values case-sensitively, so both sides build them here.
 */
export const INTEREST_ATTRIBUTE = 'interests';

export const countryInterest = (code: string): string => `country:${code.toUpperCase()}`;
export const officialInterest = (id: string): string => `official:${id}`;
