/**
 * Screens with personal data open only for the signed-in user they are for. Signed out, the
 * screen offers to sign in (coming back here); signed in as someone else, it says who it is for.
 */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLang } from '../i18n/index.js';
import { userSummary } from '../roles.js';
import { signInHref, useSession } from '../session.js';
import type { SessionUser } from '../trustApi.js';
import { PageHeading } from './PageHeading.js';

export type Audience = 'client' | 'professional' | 'administrator';

function fits(user: SessionUser, audience: Audience): boolean {
  if (audience === 'administrator')
    return user.kind === 'organizer' && user.organizerRole === 'administrator';
  return user.kind === audience;
}

export function RequireUser(props: { audience: Audience; children: (user: SessionUser) => ReactNode }) {
  const { t } = useTranslation();
  const lang = useLang();
  const { state, user } = useSession();
  if (state.status === 'loading') return <p aria-busy="true">{t('common.loading')}</p>;
  if (!user)
    return (
      <>
        <PageHeading title={t('session.required')}>{t('session.required')}</PageHeading>
        <p>{t('session.requiredExplain')}</p>
        <p>
          <a className="button primary" href={signInHref(lang)}>
            {t('session.signIn')}
          </a>
        </p>
      </>
    );
  if (!fits(user, props.audience))
    return (
      <>
        <PageHeading title={t('session.notAllowed')}>{t('session.notAllowed')}</PageHeading>
        <p>
          {t('session.notAllowedExplain', {
            audience: t(`session.audience.${props.audience}`),
            who: userSummary(user, t),
          })}
        </p>
      </>
    );
  return <>{props.children(user)}</>;
}
