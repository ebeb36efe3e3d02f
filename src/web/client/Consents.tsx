/**
 * "My consents": the client's consents and refusals of disclosure, with who recorded each and
 * whether it is in force; giving a consent, refusing disclosure to a producer, and withdrawing
 * either (after a confirmation). Withdrawn ones stay listed: the history is the client's too.
 */
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { dateTimeParts } from '../format.js';
import { type UiLanguage, useLang } from '../i18n/index.js';
import { type ConsentRecord, type SessionUser, trustApi } from '../trustApi.js';
import { useAnnounce } from '../ui/Announcer.js';
import { ConfirmBox, useConfirmedAction } from '../ui/ConfirmAction.js';
import { focusSoon } from '../ui/focus.js';
import { LoadStatus } from '../ui/LoadStatus.js';
import { PageHeading } from '../ui/PageHeading.js';
import { TableRegion } from '../ui/TableRegion.js';
import { useAsync } from '../ui/useAsync.js';
import { useAllRecords } from '../ui/useOptions.js';
import { GiveConsentForm, RefuseDisclosureForm } from './ConsentForms.js';

function what(c: ConsentRecord, t: TFunction, producerName: (id: string) => string): string {
  if (c.kind === 'refusal') return t('consents.refusalOf', { producer: producerName(c.producerId ?? '') });
  return c.register ? t(`consents.registerShort.${c.register}`) : t('consents.kindConsent');
}

function statusOf(c: ConsentRecord, t: TFunction, lang: UiLanguage, now: string) {
  if (c.withdrawnAt)
    return { text: t('consents.withdrawnOn', { date: dateTimeParts(c.withdrawnAt, lang).date }), on: false };
  if (c.validUntil && c.validUntil <= now) return { text: t('consents.ended'), on: false };
  return { text: t('consents.inForce'), on: true };
}

export function Consents({ user }: { user: SessionUser }) {
  const { t } = useTranslation();
  const lang = useLang();
  const announce = useAnnounce();
  const clientId = user.clientId ?? '';
  const list = useAsync(() => trustApi.consents(clientId), [clientId]);
  const producers = useAllRecords('producers');
  const producerName = (id: string) => producers.byId.get(id)?.name ?? id;
  const now = new Date().toISOString();
  const date = (iso: string) => dateTimeParts(iso, lang).date;
  const items = [...(list.data ?? [])].sort((a, b) => (a.recordedAt < b.recordedAt ? 1 : -1));

  const withdrawing = useConfirmedAction<ConsentRecord>({
    buttonId: (c) => `withdraw-${c.id}`,
    confirmId: 'confirm-withdraw',
    act: (c) => trustApi.withdrawConsent(clientId, c.id),
    done: (c) => {
      announce(t('consents.withdrawn', { what: what(c, t, producerName) }));
      list.reload();
      focusSoon('consents-heading');
    },
  });

  return (
    <>
      <PageHeading title={t('consents.title')}>{t('consents.title')}</PageHeading>
      <p className="lead">{t('consents.intro')}</p>
      <section aria-labelledby="consents-heading">
        <h2 id="consents-heading" tabIndex={-1}>
          {t('consents.listTitle')}
        </h2>
        <LoadStatus state={list} />
        {list.data && items.length === 0 ? <p>{t('consents.none')}</p> : null}
        {items.length > 0 ? (
          <TableRegion labelledBy="consents-heading">
            <table aria-busy={list.loading}>
              <caption className="sr-only">{t('consents.listTitle')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('consents.kind')}</th>
                  <th scope="col">{t('consents.what')}</th>
                  <th scope="col">{t('consents.scope')}</th>
                  <th scope="col">{t('consents.validity')}</th>
                  <th scope="col">{t('consents.status')}</th>
                  <th scope="col">{t('consents.recordedBy')}</th>
                  <th scope="col">{t('consents.actions')}</th>
                </tr>
              </thead>
              <tbody>
                {items.map((c) => {
                  const status = statusOf(c, t, lang, now);
                  const label = what(c, t, producerName);
                  return (
                    <tr key={c.id} className={status.on ? '' : 'inactive'}>
                      <td>{c.kind === 'refusal' ? t('consents.kindRefusal') : t('consents.kindConsent')}</td>
                      <td>{label}</td>
                      <td className="user-text">{c.scope}</td>
                      <td>
                        {c.validUntil
                          ? t('consents.validFromUntil', {
                              from: date(c.validFrom),
                              until: date(c.validUntil),
                            })
                          : t('consents.validFromOn', { from: date(c.validFrom) })}
                      </td>
                      <td>
                        <span className={`badge ${status.on ? 'badge-active' : 'badge-inactive'}`}>
                          {status.text}
                        </span>
                      </td>
                      <td>
                        {c.recordedBy === user.id
                          ? t('consents.recordedByYou', { date: date(c.recordedAt) })
                          : t('consents.recordedByOther', {
                              who: c.recordedByName ?? c.recordedBy,
                              date: date(c.recordedAt),
                            })}
                      </td>
                      <td>
                        {status.on && !c.withdrawnAt ? (
                          <button
                            id={`withdraw-${c.id}`}
                            type="button"
                            className="danger"
                            aria-label={t('consents.withdrawLabel', { what: label })}
                            disabled={withdrawing.busy}
                            onClick={() => withdrawing.ask(c)}
                          >
                            {t('consents.withdraw')}
                          </button>
                        ) : null}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </TableRegion>
        ) : null}
        <ConfirmBox action={withdrawing} confirmLabel={t('consents.confirmWithdrawButton')}>
          {(c) => <p>{t('consents.confirmWithdraw', { what: what(c, t, producerName) })}</p>}
        </ConfirmBox>
      </section>
      <GiveConsentForm
        clientId={clientId}
        onGiven={() => {
          announce(t('consents.given'));
          list.reload();
        }}
      />
      <RefuseDisclosureForm
        clientId={clientId}
        producers={producers.items}
        onRefused={() => {
          announce(t('consents.refused'));
          list.reload();
        }}
      />
    </>
  );
}
