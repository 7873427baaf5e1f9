// The demo's key-based grants as a case officer would enter them, from the seed documents. Every
// demo loader starts from these, so none imports another loader.
import { USAGE_AREAS_2024 } from '../../domain/reporting/template-2024';
import type { GrantDraft } from '../grants/grant-draft';

const APPROPRIATION_4_5 =
  'Utgiftsområde 9, anslag 4:5 Stimulansbidrag och åtgärder inom äldreområdet';

/** Seed 000: Socialstyrelsen's 2024 grant under SFS 2023:609, key = Bilaga 1 Tabell 1. */
export const ELDERLY_CARE_2024: GrantDraft = {
  name: 'Statsbidrag för att säkerställa en god omsorg och hälso- och sjukvård för äldre personer 2024',
  grantYear: 2024,
  legalBasis:
    'Förordning (2023:609) om statsbidrag till kommuner för att säkerställa en god omsorg och hälso- och sjukvård för äldre personer; regeringsbeslut S2023/03257',
  appropriation: APPROPRIATION_4_5,
  appropriationItem: '',
  totalAmountKr: 3_998_500_000n,
  eligibleRecipientTypes: ['municipality'],
  purpose:
    'Att utifrån lokala behov säkerställa en för äldre personer god omsorg och hälso- och sjukvård och möjliggöra förbättringar och utveckling av dessa verksamheter.',
  usageAreas: USAGE_AREAS_2024,
  distributionMethod: 'allocation_key',
  callOn: null, // "lyste ut bidraget i januari 2024": no day is given
  requisitionDeadlineOn: '2024-10-31',
  usageStartOn: '2024-01-01',
  usageEndOn: '2024-12-31',
  reportingDeadlineOn: '2025-02-28',
  repaymentDeadlineOn: null, // set in the repayment demand, not in the report
  rules: {
    repaymentRequired: true,
    waiverThresholdKr: 1_000n,
    minimumAmountKr: 0n,
    privateProvidersShareRequired: true,
    secondRound: false,
  },
};

/**
 * The same grant's 2025 round as the demo's follow-up in progress: seed 000's key, rules and form
 * (no 2025 figures are published in the seeds, hence "demo" in the name). Its reports are due
 * 2026-02-28; some municipalities have reported, Stockholm's demo accounts report on a fresh start.
 */
export const ELDERLY_CARE_2025_DEMO: GrantDraft = {
  ...ELDERLY_CARE_2024,
  name: 'Statsbidrag för att säkerställa en god omsorg och hälso- och sjukvård för äldre personer 2025 (demo: 2024 års nyckel och svar)',
  grantYear: 2025,
  requisitionDeadlineOn: '2025-10-31',
  usageStartOn: '2025-01-01',
  usageEndOn: '2025-12-31',
  reportingDeadlineOn: '2026-02-28',
};

/** Seed 003: the government's 2018 decision on welfare technology, key = its annex. */
export const WELFARE_TECH_2018: GrantDraft = {
  name: 'Stimulansmedel för investeringar i välfärdsteknik i omsorgen 2018',
  grantYear: 2018,
  legalBasis:
    'Regeringsbeslut 2018: Uppdrag att fördela medel för investering i välfärdsteknik i omsorgen',
  appropriation: APPROPRIATION_4_5,
  appropriationItem: 'Anslagspost 11 Utvecklingsmedel – Socialstyrelsen',
  totalAmountKr: 350_000_000n,
  eligibleRecipientTypes: ['municipality'],
  purpose:
    'Att möjliggöra för kommunerna att öka investeringstakten av välfärdsteknik i verksamheter inom kommunal hälso- och sjukvård och social omsorg.',
  usageAreas: [
    'Investeringar i välfärdsteknik',
    'Investeringar som ökar förutsättningarna att implementera välfärdsteknik (t.ex. wi-fi i särskilda boenden, operativ kunskap)',
    'Verksamheter inom hjälpmedelsområdet',
  ],
  distributionMethod: 'allocation_key',
  callOn: null,
  requisitionDeadlineOn: '2018-11-01',
  usageStartOn: '2018-01-01',
  usageEndOn: '2018-12-31',
  reportingDeadlineOn: null, // "vid den tid som Socialstyrelsen anger"
  repaymentDeadlineOn: '2019-09-30',
  rules: {
    repaymentRequired: true,
    waiverThresholdKr: 0n,
    minimumAmountKr: 0n,
    privateProvidersShareRequired: true,
    secondRound: false,
  },
};

export const DEMO_GRANTS = [
  { draft: ELDERLY_CARE_2024, keyFile: 'elderly_care_2024_usage.csv' },
  { draft: WELFARE_TECH_2018, keyFile: 'welfare_tech_2018_allocation.csv' },
  { draft: ELDERLY_CARE_2025_DEMO, keyFile: 'elderly_care_2024_usage.csv' },
] as const;
