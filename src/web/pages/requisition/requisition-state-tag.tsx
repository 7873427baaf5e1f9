import type { RequisitionState } from '../../../contracts/requisition';
import { useI18n } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/sv';

export const requisitionStateKey: Record<RequisitionState, MessageKey> = {
  not_started: 'requisition.state.not_started',
  draft: 'requisition.state.draft',
  signed: 'requisition.state.signed',
  declined: 'requisition.state.declined',
  withdrawn: 'requisition.state.withdrawn',
};

export function RequisitionStateTag({ state }: { state: RequisitionState }) {
  const { t } = useI18n();
  return <span className={`tag tag--requisition-${state}`}>{t(requisitionStateKey[state])}</span>;
}
