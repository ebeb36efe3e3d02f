/** The top of a page of the client's own data: its heading, what it shows, and where readings are logged. */
import { useTranslation } from 'react-i18next';
import { Link } from '../router.js';
import { PageHeading } from '../ui/PageHeading.js';

export function OwnDataIntro({ title, intro }: { title: string; intro: string }) {
  const { t } = useTranslation();
  return (
    <>
      <PageHeading title={title}>{title}</PageHeading>
      <p className="lead">{intro}</p>
      <p>
        {t('myCare.logHint')} <Link to="/me">{t('nav.myLog')}</Link>.
      </p>
    </>
  );
}
