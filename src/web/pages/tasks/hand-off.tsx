// The hand-off from the one who prepares to the one who signs: a staff member without the
// signatory's role who saved a requisition or a report is told, visibly, that the signatory must
// now act, and who that is (docs/decisions/0026).
import type { HandedOff } from '../../../contracts/tasks';
import { api } from '../../api-client';
import { useI18n } from '../../i18n/i18n';
import { queryKeys, useApiQuery } from '../../query';

/** "Nu ska firmatecknaren …: Filip Firmatecknare." (or that the organisation has none). */
export function HandOffText({ item }: { item: HandedOff }) {
  const { t, locale } = useI18n();
  if (item.signatories.length === 0) return <>{t('tasks.handedOff.noSignatory')}</>;
  const names = new Intl.ListFormat(locale, { type: 'conjunction' }).format(item.signatories);
  return <>{t(`tasks.handedOff.${item.kind}`, { names })}</>;
}

/**
 * On the requisition's or report's page: the notice that the signatory must now act, while the
 * grant's draft waits for them. Nothing for a signatory (it is their own task) or when nothing waits.
 */
export function SignatoryHandOff({ grantId, kind }: { grantId: string; kind: HandedOff['kind'] }) {
  const tasks = useApiQuery(queryKeys.myTasks, (signal) => api.myTasks(signal));
  const item = tasks.data?.handedOff.find((h) => h.grantId === grantId && h.kind === kind);
  if (!item) return null;
  return (
    <p className="notice notice--success hand-off" data-testid="hand-off">
      <HandOffText item={item} />
    </p>
  );
}
