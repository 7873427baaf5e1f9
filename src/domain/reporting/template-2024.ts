// The ready template "Återrapportering 2024" (seed 000): the follow-up questions of the 2024 elderly
// care grant (SFS 2023:609) turned from the verified questionnaire (reference/
// elderly_care_2024_followup_questionnaire.json) into our form definition. A case officer starts a
// grant's form from it; it is COPIED into the grant (templates are never shared by reference).
//
// The economic items (received, used, unused) and the private providers' question and band are the
// form's fixed economic part, so they are not repeated as survey questions.
import type { CostCategory, FormDefinition, SurveyElement } from './form-model';

export const TEMPLATE_2024_ID = 'elderly_care_2024';

interface Choice {
  id: string;
  label_sv: string;
  free_text?: boolean;
}
interface Question {
  id: string;
  section: string;
  type: string;
  text_sv: string;
  required?: boolean;
  choices?: Choice[];
  rows?: { id: string; label_sv: string }[];
  scale?: { min: number; max: number; min_label_sv: string; max_label_sv: string };
  min_selected?: number;
  visible_if?: { question: string; op: 'equals' | 'contains' | 'greater_than'; value: unknown };
}

/** Asked by the economic part instead (received and used, the private providers). */
const ECONOMIC_QUESTIONS = new Set([
  'received_kr',
  'used_kr',
  'unused_kr',
  'private_providers_shared',
  'private_providers_share_band',
]);

/** The usage areas of the 2024 grant (SFS 2023:609 § 2, as its decision lists them). */
export const USAGE_AREAS_2024 = [
  'Förbättrad arbetsmiljö och arbetsvillkor',
  'Kompetensutveckling',
  'Arbete för personcentrerad vård och omsorg av personer med demenssjukdom',
  'Motverka ensamhet bland äldre',
  'Öka personalkontinuiteten',
  'Förbättra samverkan mellan socialtjänst och den kommunala och regionala hälso- och sjukvården',
  'Förebygga smittspridning',
  'Utveckla stöd till anhörigvårdare',
  'Utveckla informationssäkerheten och välfärdstekniken inom äldreomsorgen',
];

/** The grant's usage area (the 2024 grant's grants.usage_areas) each follow-up question is about. */
export const USAGE_AREA_2024: Record<string, string> = {
  dementia_activities: 'Arbete för personcentrerad vård och omsorg av personer med demenssjukdom',
  person_centred_activities:
    'Arbete för personcentrerad vård och omsorg av personer med demenssjukdom',
  welfare_technology_types:
    'Utveckla informationssäkerheten och välfärdstekniken inom äldreomsorgen',
  loneliness_activities: 'Motverka ensamhet bland äldre',
  trainings_financed: 'Kompetensutveckling',
  collaboration_activities:
    'Förbättra samverkan mellan socialtjänst och den kommunala och regionala hälso- och sjukvården',
  infection_prevention_activities: 'Förebygga smittspridning',
  carer_support_activities: 'Utveckla stöd till anhörigvårdare',
  information_security_description:
    'Utveckla informationssäkerheten och välfärdstekniken inom äldreomsorgen',
  working_conditions_assessment: 'Förbättrad arbetsmiljö och arbetsvillkor',
};

/**
 * Cost categories of the template: the seed does not print a cost breakdown for 2024 (it asks the
 * share spent on staff as a band), so the template uses the three categories Socialstyrelsen's
 * follow-ups of the same appropriation use (seed 002: salaries, purchased services, other).
 */
export const COST_CATEGORIES_2024: CostCategory[] = [
  { id: 'salaries', label: 'Löner och andra personalkostnader' },
  { id: 'purchased_services', label: 'Köpta tjänster' },
  { id: 'other', label: 'Övriga kostnader' },
];

/** The questionnaire's free-text alternative is SurveyJS's "other" item (value `other`). */
export const OTHER_VALUE = 'other';

function condition(visibleIf: NonNullable<Question['visible_if']>): string {
  const value = visibleIf.value;
  const literal = typeof value === 'number' ? String(value) : `'${String(value)}'`;
  const op = { equals: '=', contains: 'contains', greater_than: '>' }[visibleIf.op];
  return `{${visibleIf.question}} ${op} ${literal}`;
}

/**
 * The questionnaire's texts are the published report's table titles, about all municipalities
 * ("Kommunernas bedömning…"); the form asks one municipality, so those questions are put to it in
 * the singular, and the published wording stays the question's title in the report to the
 * government (`reportTitle`).
 */
export const ADDRESSED_TO_ONE_2024: Record<string, string> = {
  development_areas:
    'Kommunens användning av statsbidraget i förhållande till uppdragets utvecklingsområden under 2024',
  working_conditions_assessment:
    'Kommunens bedömning av i vilken utsträckning statsbidraget bidragit till att förbättra arbetsmiljön och arbetsvillkoren för personalen inom äldreomsorgen under 2024',
};

function element(question: Question): SurveyElement {
  const asked = ADDRESSED_TO_ONE_2024[question.id];
  const base: SurveyElement = {
    type: 'comment',
    name: question.id,
    title: asked ?? question.text_sv,
    ...(asked !== undefined && { reportTitle: question.text_sv }),
    isRequired: question.required === true,
    ...(question.visible_if && { visibleIf: condition(question.visible_if) }),
    ...(USAGE_AREA_2024[question.id] && { usageArea: USAGE_AREA_2024[question.id] }),
  };
  const choices = (question.choices ?? []).filter((c) => !c.free_text);
  const other = question.choices?.find((c) => c.free_text);
  const items = choices.map((c) => ({ value: c.id, text: c.label_sv }));
  const scale = question.scale ?? {
    min: 1,
    max: 5,
    min_label_sv: 'i låg utsträckning',
    max_label_sv: 'i hög utsträckning',
  };
  switch (question.type) {
    case 'single_choice':
    case 'yes_no_na':
      return { ...base, type: 'radiogroup', choices: items };
    case 'multiple_choice':
      return {
        ...base,
        type: 'checkbox',
        choices: items,
        ...(other && { showOtherItem: true, otherText: other.label_sv }),
      };
    case 'scale_1_5':
      return {
        ...base,
        type: 'rating',
        rateMin: scale.min,
        rateMax: scale.max,
        minRateDescription: scale.min_label_sv,
        maxRateDescription: scale.max_label_sv,
      };
    case 'matrix':
      return {
        ...base,
        type: 'matrix',
        isAllRowRequired: question.required === true,
        rows: (question.rows ?? []).map((r) => ({ value: r.id, text: r.label_sv })),
        columns: Array.from({ length: scale.max - scale.min + 1 }, (_, i) => ({
          value: String(scale.min + i),
          text:
            i === 0
              ? `${scale.min} ${scale.min_label_sv}`
              : scale.min + i === scale.max
                ? `${scale.max} ${scale.max_label_sv}`
                : String(scale.min + i),
        })),
      };
    case 'amount':
      return { ...base, type: 'text', inputType: 'number', min: 0, amountKr: true };
    case 'number':
      return { ...base, type: 'text', inputType: 'number' };
    default:
      return base;
  }
}

/**
 * The template's definition from the questionnaire JSON; usage areas not among `usageAreas` (the
 * grant it is copied into) are left out, so the copy is valid for any grant.
 */
export function template2024(
  questionnaire: unknown,
  usageAreas: readonly string[],
): FormDefinition {
  const { questions, title_sv: title } = questionnaire as {
    questions: Question[];
    title_sv: string;
  };
  const elements = questions
    .filter((q) => !ECONOMIC_QUESTIONS.has(q.id))
    .map(element)
    .map(({ usageArea, ...rest }) =>
      usageArea && usageAreas.includes(usageArea) ? { ...rest, usageArea } : rest,
    );
  return {
    economic: { costCategories: COST_CATEGORIES_2024, askPrivateProviders: true },
    survey: {
      title,
      pages: [
        {
          name: 'uppfoljning',
          title: 'Hur medlen använts och vilka resultat som uppnåtts',
          elements,
        },
      ],
    },
  };
}

/**
 * One line of the synthetic 2024 answers (reference/elderly_care_2024_followup_answers.jsonl) as
 * the questionnaire answers of our form: free texts under `<id>-Comment` (SurveyJS's "other"), the
 * one alternative with its own id (`other_staff`) as `other`, matrix cells as strings.
 */
export function answers2024(line: { answers: Record<string, unknown> }): {
  survey: Record<string, unknown>;
  privateProviders: string;
  privateShareBand: string | null;
} {
  const survey: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(line.answers)) {
    if (ECONOMIC_QUESTIONS.has(key)) continue;
    if (key.endsWith('_other_text')) {
      survey[`${key.slice(0, -'_other_text'.length)}-Comment`] = value;
    } else if (Array.isArray(value)) {
      survey[key] = value.map((v) => (v === 'other_staff' ? OTHER_VALUE : v));
    } else if (typeof value === 'object' && value !== null) {
      survey[key] = Object.fromEntries(Object.entries(value).map(([k, v]) => [k, String(v)]));
    } else survey[key] = value;
  }
  return {
    survey,
    privateProviders: String(line.answers.private_providers_shared),
    privateShareBand:
      typeof line.answers.private_providers_share_band === 'string'
        ? line.answers.private_providers_share_band
        : null,
  };
}
