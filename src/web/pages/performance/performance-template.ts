// The template offered in the model editor: the 2023 grant for fewer hourly employments
// (docs/examples/hourly-employment-2023.model.json, seed 001 Bilaga 2), with the grant's own total.
const HOURLY_EMPLOYMENT_2023 = {
  name: 'Prestationsbaserat statsbidrag för att minska andelen timanställningar inom kommunalt finansierad vård och omsorg om äldre 2023 (S2021/04601)',
  total_kr: 1998500000,
  measurement_points: [
    {
      id: 'feb_2022',
      date: '2022-02-01',
      label: 'februari 2022',
      label_en: 'February 2022',
    },
    {
      id: 'nov_2023',
      date: '2023-11-01',
      label: 'november 2023',
      label_en: 'November 2023',
    },
  ],
  figures: [
    {
      name: 'permanent_feb_2022',
      label: 'Antal tillsvidareanställda, februari 2022',
      label_en: 'Permanent employees, February 2022',
      type: 'integer',
      unit: 'personer',
      min: 0,
      measurement_point: 'feb_2022',
    },
    {
      name: 'hourly_feb_2022',
      label: 'Antal timanställda, februari 2022',
      label_en: 'Hourly employees, February 2022',
      type: 'integer',
      unit: 'personer',
      min: 0,
      measurement_point: 'feb_2022',
    },
    {
      name: 'permanent_nov_2023',
      label: 'Antal tillsvidareanställda, november 2023',
      label_en: 'Permanent employees, November 2023',
      type: 'integer',
      unit: 'personer',
      min: 0,
      measurement_point: 'nov_2023',
    },
    {
      name: 'hourly_nov_2023',
      label: 'Antal timanställda, november 2023',
      label_en: 'Hourly employees, November 2023',
      type: 'integer',
      unit: 'personer',
      min: 0,
      measurement_point: 'nov_2023',
    },
  ],
  conditions: [
    {
      id: 'good_level',
      label:
        '1. God nivå: 17 procent eller lägre andel timanställda i förhållande till tillsvidareanställda (november 2023)',
      label_en:
        '1. Good level: a share of hourly employees of 17 per cent or less relative to permanent employees (November 2023)',
      short_label: 'God nivå',
      short_label_en: 'Good level',
      expression: 'share(hourly_nov_2023, permanent_nov_2023) <= 17%',
    },
    {
      id: 'clear_improvement',
      label:
        '2. En tydlig förbättring: andelen timanställda har minskat med minst 3 procentenheter för en kommun med en nuvarande nivå på 17 procent eller lägre, annars med minst 5 procentenheter',
      label_en:
        '2. A clear improvement: the share of hourly employees has fallen by at least 3 percentage points for a municipality now at 17 per cent or less, otherwise by at least 5 percentage points',
      short_label: 'Tydlig förbättring',
      short_label_en: 'Clear improvement',
      expression:
        'share(hourly_feb_2022, permanent_feb_2022) - share(hourly_nov_2023, permanent_nov_2023) >= (if share(hourly_nov_2023, permanent_nov_2023) <= 17% then 3pp else 5pp)',
    },
  ],
  pools: [
    {
      id: 'good_level',
      label: 'En tredjedel till kommuner som uppfyllt villkor 1',
      label_en: 'One third to municipalities that met condition 1',
      fraction: '1/3',
      conditions: ['good_level'],
    },
    {
      id: 'clear_improvement',
      label: 'Två tredjedelar till kommuner som uppfyllt villkor 2',
      label_en: 'Two thirds to municipalities that met condition 2',
      fraction: '2/3',
      conditions: ['clear_improvement'],
    },
  ],
  money_not_taken: 'reallocate_by_key_among_qualifiers',
};

export function performanceTemplate(totalKr: number): string {
  return JSON.stringify({ ...HOURLY_EMPLOYMENT_2023, total_kr: totalKr }, null, 2);
}
