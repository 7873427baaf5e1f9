// The agency that issues decisions: its name and address for the letterhead and the series its
// reference numbers (diarienummer) are given in. One agency per installation.
export const AGENCY = {
  name: 'Socialstyrelsen',
  address: '106 30 Stockholm',
  /** The reference number series: `SB 2026/0001`. */
  series: 'SB',
  /**
   * The bankgiro number payments to the agency (repayments, clawbacks) go to, printed
   * `NNNN-NNNN`; null while none is configured: the letters and "Mina fordringar" then give only
   * the OCR reference.
   */
  bankgiro: null as string | null,
} as const;

/**
 * A reference number: series, year and a running number padded to four digits.
 * @example formatReferenceNumber('SB', 2026, 7) // 'SB 2026/0007'
 */
export function formatReferenceNumber(series: string, year: number, number: number): string {
  if (!Number.isInteger(number) || number < 1) throw new RangeError(`bad running number ${number}`);
  return `${series} ${year}/${String(number).padStart(4, '0')}`;
}

/**
 * How to appeal, förvaltningslagen (2017:900) 40–45 §§: a decision that affects someone can be
 * appealed to a general administrative court (förvaltningsrätten); the appeal is written, handed in
 * to the authority that made the decision and must arrive within three weeks from the day the
 * appellant was told of the decision; the authority checks that it arrived in time (45 §). A grant
 * whose ordinance says its decisions cannot be appealed sets its own text instead.
 */
export const DEFAULT_APPEAL_TEXT =
  'Beslutet kan överklagas hos allmän förvaltningsdomstol (förvaltningsrätten), 40–42 §§ förvaltningslagen (2017:900). Överklagandet ska vara skriftligt. Ange vilket beslut som överklagas och hur ni vill att beslutet ska ändras. Skrivelsen ska ges in till myndigheten som har fattat beslutet, inte till förvaltningsrätten, och ska ha kommit in inom tre veckor från den dag då ni fick del av beslutet (43–44 §§). Myndigheten prövar att överklagandet har kommit in i rätt tid och överlämnar det sedan till förvaltningsrätten (45 §).';
