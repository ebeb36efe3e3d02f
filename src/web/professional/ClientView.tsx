/**
 * One client's basic details for a professional. When the server refuses (403: no care or client
 * relationship), the screen says so plainly and offers break-the-glass; after a declaration the
 * data opens under a banner saying until when the emergency access lasts. The banner comes from
 * the server's list of the professional's accesses in force, so it survives a reload. Below the
 * basic details: the client's care and client relationships and legal bases (`Relationships`).
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api.js';
import { dateTimeParts, localized } from '../format.js';
import { useLang } from '../i18n/index.js';
import { Link } from '../router.js';
import { type Client, type MyEmergency, type SessionUser, trustApi } from '../trustApi.js';
import { useAnnounce } from '../ui/Announcer.js';
import { PageHeading } from '../ui/PageHeading.js';
import { useAsync } from '../ui/useAsync.js';
import { useAllRecords } from '../ui/useOptions.js';
import { BreakGlassForm } from './BreakGlassForm.js';
import { clientName } from './ClientSearch.js';
import { Entries } from './Entries.js';
import { emergencyFor, rememberEmergency } from './emergency.js';
import { Relationships } from './Relationships.js';

type Emergency = Pick<MyEmergency, 'validFrom' | 'validUntil'>;

/**
 * The emergency access in force for this client: from the server, or, when the server does not
 * offer the list (an older version), from what this tab remembers of its own declarations.
 */
async function emergencyNow(userId: string, clientId: string): Promise<Emergency | null> {
  let mine: MyEmergency[];
  try {
    mine = await trustApi.myBreakGlass();
  } catch {
    return emergencyFor(userId, clientId);
  }
  const now = new Date().toISOString();
  return mine.find((g) => g.clientId === clientId && g.validUntil > now) ?? null;
}

function Back() {
  const { t } = useTranslation();
  return (
    <p className="back">
      <Link to="/clients">{t('common.backTo', { place: t('nav.clients') })}</Link>
    </p>
  );
}

export function ClientView({ id, user }: { id: string; user: SessionUser }) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const [tick, setTick] = useState(0);
  // The emergency list is asked alongside, so the banner is there as soon as the data is.
  const client = useAsync(
    () => Promise.all([trustApi.client(id), emergencyNow(user.id, id)]),
    [id, user.id, tick],
  );

  if (client.data) return <ClientDetails client={client.data[0]} emergency={client.data[1]} user={user} />;
  if (client.loading) return <p aria-busy="true">{t('common.loading')}</p>;
  const error = client.error;
  if (error?.status === 403)
    return (
      <>
        <Back />
        <PageHeading title={t('clients.refusedTitle')}>{t('clients.refusedTitle')}</PageHeading>
        <p className="notice notice-danger">{t('clients.refusedExplain')}</p>
        <BreakGlassForm
          target={{ clientId: id }}
          onDeclared={(grant) => {
            rememberEmergency(grant);
            announce(t('breakGlass.declared'));
            setTick((n) => n + 1);
          }}
        />
      </>
    );
  return (
    <>
      <Back />
      <PageHeading title={t('clients.notFound')}>{t('clients.notFound')}</PageHeading>
      {error && error.status !== 404 ? (
        <p role="alert" className="notice notice-danger">
          {error.isNetwork ? t('problem.network') : error.detail}
        </p>
      ) : null}
    </>
  );
}

function ClientDetails({
  client: c,
  emergency,
  user,
}: {
  client: Client;
  emergency: Emergency | null;
  user: SessionUser;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const units = useAllRecords('units');
  const municipalities = useAsync(() => api.municipalities(), []);
  const day = (d: string) => dateTimeParts(`${d}T12:00:00Z`, lang).date;
  const choice = (ch: Client['soteCentre']) =>
    ch
      ? t('clients.chosenOn', { unit: units.byId.get(ch.unitId)?.name ?? ch.unitId, date: day(ch.chosenOn) })
      : t('clients.notChosen');
  const municipality = c.municipalityCode
    ? municipalities.data?.find((m) => m.code === c.municipalityCode)
    : undefined;
  const dash = t('common.none');
  // "until 18.02" today; with the date when the access runs past midnight.
  const emergencyUntil = (iso: string) => {
    const until = dateTimeParts(iso, lang);
    return until.date === dateTimeParts(new Date().toISOString(), lang).date
      ? t('clients.emergencyUntil', { time: until.time })
      : t('clients.emergencyUntilDate', until);
  };
  const name = clientName(c);
  return (
    <>
      <Back />
      <PageHeading title={name}>{name}</PageHeading>
      {emergency ? (
        <div className="notice notice-emergency">
          <p className="emergency-until">
            <strong>{emergencyUntil(emergency.validUntil)}</strong>
          </p>
          <p>
            {t('clients.emergencyBanner', {
              when: t('common.dateTime', dateTimeParts(emergency.validFrom, lang)),
            })}
          </p>
        </div>
      ) : null}
      {c.nonDisclosure ? (
        <p className="notice notice-warning">
          <span className="badge badge-emergency">{t('clients.nonDisclosureBadge')}</span>{' '}
          {t('clients.nonDisclosure')}
        </p>
      ) : null}
      <section aria-labelledby="basic-data">
        <h2 id="basic-data">{t('clients.basicData')}</h2>
        <dl className="details">
          <dt>{c.identity.system === 'pic' ? t('clients.identity') : t('clients.temporaryId')}</dt>
          <dd>{c.identity.value}</dd>
          <dt>{t('clients.birthDate')}</dt>
          <dd>{day(c.birthDate)}</dd>
          <dt>{t('clients.language')}</dt>
          <dd>{t(`clients.languageValue.${c.language}`)}</dd>
          <dt>{t('clients.phone')}</dt>
          <dd>{c.phone ?? dash}</dd>
          <dt>{t('clients.email')}</dt>
          <dd>{c.email ?? dash}</dd>
          {c.nonDisclosure ? null : (
            <>
              <dt>{t('clients.address')}</dt>
              <dd>{[c.streetAddress, c.postalCode].filter(Boolean).join(', ') || dash}</dd>
              <dt>{t('clients.municipality')}</dt>
              <dd>
                {municipality
                  ? localized({ ...municipality.name, en: '' }, lang)
                  : (c.municipalityCode ?? dash)}
              </dd>
            </>
          )}
          <dt>{t('clients.soteCentre')}</dt>
          <dd>{choice(c.soteCentre)}</dd>
          <dt>{t('clients.dentalClinic')}</dt>
          <dd>{choice(c.dentalClinic)}</dd>
        </dl>
      </section>
      <Entries clientId={c.id} user={user} />
      <Relationships clientId={c.id} user={user} emergencyOnly={emergency !== null} />
    </>
  );
}
