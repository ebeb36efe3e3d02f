/**
 * "Entries about me": the client's record entries of both registers, newest first, with the
 * register, kind, author and time, and corrections linked to what they correct. Read only;
 * reading it is logged like any other reading of the client's data.
 */
import { useTranslation } from 'react-i18next';
import { EntryList } from '../records/EntryList.js';
import type { SessionUser } from '../trustApi.js';
import { OwnDataIntro } from './OwnDataIntro.js';

export function MyEntries({ user }: { user: SessionUser }) {
  const { t } = useTranslation();
  return (
    <>
      <OwnDataIntro title={t('myEntries.title')} intro={t('myEntries.intro')} />
      <section aria-labelledby="my-entries-heading">
        <h2 id="my-entries-heading">{t('entries.listLabel')}</h2>
        <EntryList clientId={user.clientId ?? ''} />
      </section>
    </>
  );
}
