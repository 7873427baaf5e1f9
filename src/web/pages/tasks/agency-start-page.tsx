// The agency's start page: its task list first ("Att göra": drafts to decide, batches to approve,
// late requisitions …), then every grant.
import { useI18n } from '../../i18n/i18n';
import { usePageTitle } from '../../layout';
import { GrantsListPage } from '../grants/grants-list-page';
import { TaskList } from './task-list';

export function AgencyStartPage() {
  const { t } = useI18n();
  usePageTitle(t('tasks.title'));
  return (
    <>
      <TaskList headingLevel={1} />
      <section className="start-grants">
        <GrantsListPage embedded />
      </section>
    </>
  );
}
