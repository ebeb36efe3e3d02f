/**
 * "Who is responsible for my care": the client's care and client relationships in force — the
 * kind in words, the professional's name or the unit, and until when. Read only; professionals
 * record them. Reading it is logged like any other reading of the client's data.
 */
import { useTranslation } from 'react-i18next';
import { dateTimeParts } from '../format.js';
import { useLang } from '../i18n/index.js';
import { isCurrent, kindName, relationshipWho } from '../relationshipText.js';
import { type SessionUser, trustApi } from '../trustApi.js';
import { LoadStatus } from '../ui/LoadStatus.js';
import { TableRegion } from '../ui/TableRegion.js';
import { useAsync } from '../ui/useAsync.js';
import { OwnDataIntro } from './OwnDataIntro.js';

export function CareRelationships({ user }: { user: SessionUser }) {
  const { t } = useTranslation();
  const lang = useLang();
  const clientId = user.clientId ?? '';
  const data = useAsync(() => trustApi.relationships(clientId), [clientId]);
  const now = new Date().toISOString();
  // Begun and not ended: one recorded to begin later is not yet anyone's responsibility.
  const items = (data.data?.relationships ?? []).filter((r) => r.validFrom <= now && isCurrent(r, now));
  const date = (iso: string) => dateTimeParts(iso, lang).date;
  return (
    <>
      <OwnDataIntro title={t('myCare.title')} intro={t('myCare.intro')} />
      <section aria-labelledby="my-care-heading">
        <h2 id="my-care-heading">{t('myCare.listTitle')}</h2>
        <LoadStatus state={data} />
        {data.data && items.length === 0 ? <p>{t('myCare.none')}</p> : null}
        {items.length > 0 ? (
          <TableRegion labelledBy="my-care-heading">
            <table aria-busy={data.loading}>
              <caption className="sr-only">{t('myCare.listTitle')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('relationships.kindColumn')}</th>
                  <th scope="col">{t('relationships.who')}</th>
                  <th scope="col">{t('relationships.until')}</th>
                </tr>
              </thead>
              <tbody>
                {items.map((r) => (
                  <tr key={r.id}>
                    <td>{kindName(r.kind, t)}</td>
                    <td>{relationshipWho(r, t, false)}</td>
                    <td>{date(r.validUntil)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableRegion>
        ) : null}
      </section>
    </>
  );
}
