/**
 * The client's care and client relationships and legal bases, for a professional who may open
 * the client's data: those in force with who recorded them and an "End" (after a confirmation),
 * the ended ones folded away, and the forms to add a colleague to the care team or name the
 * personal worker, and to record a legal basis. Every change is announced and logged. Under an
 * emergency access alone the lists stay but the forms and "End" do not: the server refuses an
 * emergency access lasting changes (`emergency-only`), and a line says so.
 */
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { dateTimeParts } from '../format.js';
import { useLang } from '../i18n/index.js';
import { isCurrent, kindName, relationshipWhat, relationshipWho } from '../relationshipText.js';
import { type LegalBasisRecord, type Relationship, type SessionUser, trustApi } from '../trustApi.js';
import { useAnnounce } from '../ui/Announcer.js';
import { ConfirmBox, useConfirmedAction } from '../ui/ConfirmAction.js';
import { focusSoon } from '../ui/focus.js';
import { LoadStatus } from '../ui/LoadStatus.js';
import { TableRegion } from '../ui/TableRegion.js';
import { useAsync } from '../ui/useAsync.js';
import { AddRelationshipForm, LegalBasisForm } from './RelationshipForms.js';

function recordedBy(
  r: { recordedBy: string; recordedByName: string | null; recordedAt: string },
  user: SessionUser,
  t: TFunction,
  date: (iso: string) => string,
): string {
  return r.recordedBy === user.id
    ? t('relationships.recordedByYou', { date: date(r.recordedAt) })
    : t('relationships.recordedByOther', { who: r.recordedByName ?? r.recordedBy, date: date(r.recordedAt) });
}

export function Relationships({
  clientId,
  user,
  emergencyOnly,
}: {
  clientId: string;
  user: SessionUser;
  /** The professional is here by an emergency access: no forms, no "End". */
  emergencyOnly: boolean;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const announce = useAnnounce();
  const data = useAsync(() => trustApi.relationships(clientId), [clientId]);
  const now = new Date().toISOString();
  const date = (iso: string) => dateTimeParts(iso, lang).date;
  const all = data.data?.relationships ?? [];
  const current = all.filter((r) => isCurrent(r, now));
  const past = all.filter((r) => !isCurrent(r, now));

  const ending = useConfirmedAction<Relationship>({
    buttonId: (r) => `end-${r.id}`,
    confirmId: 'confirm-end',
    act: (r) => trustApi.endRelationship(clientId, r.id),
    done: (r) => {
      announce(t('relationships.ended', { what: relationshipWhat(r, t) }));
      data.reload();
      focusSoon('relationships-heading');
    },
    problemPrefix: t('relationships.endProblem'),
    // Already ended elsewhere (409): the list shows it as it is now.
    failed: (err) => {
      if (err.status === 409 || err.status === 404) data.reload();
    },
  });

  return (
    <>
      <section aria-labelledby="relationships-heading" className="relationships">
        <h2 id="relationships-heading" tabIndex={-1}>
          {t('relationships.title')}
        </h2>
        <p>{t('relationships.intro')}</p>
        {emergencyOnly ? <p className="notice notice-warning">{t('relationships.emergencyOnly')}</p> : null}
        <LoadStatus state={data} />
        {data.data ? (
          <>
            <h3 id="relationships-current">{t('relationships.inForceCaption')}</h3>
            {current.length === 0 ? <p>{t('relationships.noneInForce')}</p> : null}
            {current.length > 0 ? (
              <TableRegion labelledBy="relationships-current">
                <table aria-busy={data.loading}>
                  <caption className="sr-only">{t('relationships.inForceCaption')}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('relationships.kindColumn')}</th>
                      <th scope="col">{t('relationships.who')}</th>
                      <th scope="col">{t('relationships.until')}</th>
                      <th scope="col">{t('relationships.note')}</th>
                      <th scope="col">{t('relationships.recordedBy')}</th>
                      {emergencyOnly ? null : <th scope="col">{t('relationships.actions')}</th>}
                    </tr>
                  </thead>
                  <tbody>
                    {current.map((r) => (
                      <tr key={r.id}>
                        <td>{kindName(r.kind, t)}</td>
                        <td>{relationshipWho(r, t, true)}</td>
                        <td>
                          {r.validFrom > now
                            ? t('relationships.notStarted', {
                                until: date(r.validUntil),
                                from: date(r.validFrom),
                              })
                            : date(r.validUntil)}
                        </td>
                        <td className="user-text">{r.note}</td>
                        <td>{recordedBy(r, user, t, date)}</td>
                        {emergencyOnly ? null : (
                          <td>
                            <button
                              id={`end-${r.id}`}
                              type="button"
                              className="danger"
                              aria-label={t('relationships.endLabel', { what: relationshipWhat(r, t) })}
                              disabled={ending.busy}
                              onClick={() => ending.ask(r)}
                            >
                              {t('relationships.end')}
                            </button>
                          </td>
                        )}
                      </tr>
                    ))}
                  </tbody>
                </table>
              </TableRegion>
            ) : null}
            <ConfirmBox action={ending} confirmLabel={t('relationships.confirmEndButton')}>
              {(r) => (
                <>
                  <p>{t('relationships.confirmEnd', { what: relationshipWhat(r, t) })}</p>
                  {r.userId === user.id ? <p>{t('relationships.confirmEndOwn')}</p> : null}
                </>
              )}
            </ConfirmBox>
            {past.length > 0 ? <PastRelationships items={past} user={user} /> : null}
          </>
        ) : null}
        {emergencyOnly ? null : (
          <AddRelationshipForm
            clientId={clientId}
            onAdded={(what) => {
              announce(t('relationships.added', { what }));
              data.reload();
            }}
          />
        )}
      </section>
      <LegalBases
        clientId={clientId}
        user={user}
        emergencyOnly={emergencyOnly}
        items={data.data?.legalBases}
        loading={data.loading}
        onRecorded={() => {
          announce(t('legalBases.recorded'));
          data.reload();
        }}
      />
    </>
  );
}

function PastRelationships({ items, user }: { items: Relationship[]; user: SessionUser }) {
  const { t } = useTranslation();
  const lang = useLang();
  const date = (iso: string) => dateTimeParts(iso, lang).date;
  return (
    <details className="past-relationships">
      <summary>{t('relationships.pastSummary', { n: items.length })}</summary>
      <TableRegion label={t('relationships.pastCaption')}>
        <table>
          <caption className="sr-only">{t('relationships.pastCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('relationships.kindColumn')}</th>
              <th scope="col">{t('relationships.who')}</th>
              <th scope="col">{t('relationships.validity')}</th>
              <th scope="col">{t('relationships.note')}</th>
              <th scope="col">{t('relationships.recordedBy')}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((r) => (
              <tr key={r.id} className="inactive">
                <td>{kindName(r.kind, t)}</td>
                <td>{relationshipWho(r, t, true)}</td>
                <td>
                  {t('relationships.fromUntil', { from: date(r.validFrom), until: date(r.validUntil) })}
                </td>
                <td className="user-text">{r.note}</td>
                <td>{recordedBy(r, user, t, date)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableRegion>
    </details>
  );
}

function LegalBases(props: {
  clientId: string;
  user: SessionUser;
  emergencyOnly: boolean;
  items: LegalBasisRecord[] | undefined;
  loading: boolean;
  onRecorded: () => void;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const now = new Date().toISOString();
  const date = (iso: string) => dateTimeParts(iso, lang).date;
  const items = props.items;
  return (
    <section aria-labelledby="legal-bases-heading" className="legal-bases">
      <h2 id="legal-bases-heading">{t('legalBases.title')}</h2>
      <p>{t('legalBases.intro')}</p>
      {items && items.length === 0 ? <p>{t('legalBases.none')}</p> : null}
      {props.emergencyOnly ? <p className="notice notice-warning">{t('legalBases.emergencyOnly')}</p> : null}
      {items && items.length > 0 ? (
        <TableRegion label={t('legalBases.caption')}>
          <table aria-busy={props.loading}>
            <caption className="sr-only">{t('legalBases.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('legalBases.what')}</th>
                <th scope="col">{t('legalBases.statute')}</th>
                <th scope="col">{t('legalBases.validity')}</th>
                <th scope="col">{t('legalBases.status')}</th>
                <th scope="col">{t('legalBases.recordedBy')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((l) => {
                const on = l.validFrom <= now && (l.validUntil === null || l.validUntil > now);
                return (
                  <tr key={l.id} className={on ? '' : 'inactive'}>
                    <td>{t(`legalBases.registerShort.${l.register}`)}</td>
                    <td className="user-text">{l.statute}</td>
                    <td>
                      {l.validUntil
                        ? t('legalBases.fromUntil', { from: date(l.validFrom), until: date(l.validUntil) })
                        : t('legalBases.fromOn', { from: date(l.validFrom) })}
                    </td>
                    <td>
                      <span className={`badge ${on ? 'badge-active' : 'badge-inactive'}`}>
                        {on ? t('legalBases.inForce') : t('legalBases.ended')}
                      </span>
                    </td>
                    <td>{recordedBy(l, props.user, t, date)}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </TableRegion>
      ) : null}
      {props.emergencyOnly ? null : (
        <LegalBasisForm clientId={props.clientId} onRecorded={props.onRecorded} />
      )}
    </section>
  );
}
