// How the service messages print their parameters: as text, and kronor the Swedish (or English) way.
import type { IssueParams } from '../../domain/issues';
import { formatKronor, type Locale } from '../../domain/money';

export const paramText = (params: IssueParams, key: string): string => String(params[key] ?? '');

/** A whole-kronor parameter ("1500") as "1 500 kr"; anything else as it is, with " kr". */
export const paramKronor = (params: IssueParams, key: string, locale: Locale): string => {
  const value = paramText(params, key);
  return /^-?\d+$/.test(value) ? formatKronor(BigInt(value), locale) : `${value} kr`;
};
