// The expression behind an explanation, for the expert: a closed disclosure ("Visa formel"), so
// everyone else reads the labels and the formatted values and never the model's identifiers.
import type { ReactNode } from 'react';
import { useI18n } from '../i18n/i18n';

export function FormulaDetails({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  return (
    <details className="formula-details">
      <summary>{t('labels.showFormula')}</summary>
      {children}
    </details>
  );
}
