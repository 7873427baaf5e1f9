import { readFile } from 'node:fs/promises';
import { DomainError } from '../../domain/errors';
import type { FormDefinition } from '../../domain/reporting/form-model';
import { TEMPLATE_2024_ID, template2024 } from '../../domain/reporting/template-2024';

const QUESTIONNAIRE_2024 = new URL(
  '../../../reference/elderly_care_2024_followup_questionnaire.json',
  import.meta.url,
);

/** The ready templates a case officer can start a form from. */
export const REPORT_FORM_TEMPLATES = [
  {
    id: TEMPLATE_2024_ID,
    name: 'Återrapportering 2024: god omsorg och hälso- och sjukvård för äldre (SFS 2023:609)',
  },
] as const;

/** A fresh copy of the template for a grant with these usage areas. */
export async function reportFormTemplate(
  templateId: string,
  usageAreas: readonly string[],
): Promise<FormDefinition> {
  if (templateId !== TEMPLATE_2024_ID)
    throw new DomainError('form.unknown_template', { templateId });
  const questionnaire: unknown = JSON.parse(await readFile(QUESTIONNAIRE_2024, 'utf8'));
  return template2024(questionnaire, usageAreas);
}
