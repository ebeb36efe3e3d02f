/**
 * Finding the colleague to add to a client's care team: a search of the professionals'
 * directory by a part of the name or the username, and a "Choose" button on each found person
 * that fills in the username field of the form below and moves focus there. Its own small form,
 * beside (not inside) the relationship form, so Enter in the search does not submit that one.
 */
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { roleName } from '../roles.js';
import { type Colleague, trustApi } from '../trustApi.js';
import { useAnnounce } from '../ui/Announcer.js';
import { FormShell } from '../ui/FormShell.js';
import { TextField } from '../ui/fields.js';
import { underPrefix, useSubmit } from '../ui/useSubmit.js';

const P = '/colleague';

function colleagueLine(c: Colleague, t: TFunction): string {
  const role = c.profession ? roleName(c.profession, t) : null;
  const org = c.unitName ?? c.producerName;
  return [role, org].filter(Boolean).join(', ');
}

export function ColleagueFinder(props: { onChoose: (c: Colleague) => void }) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const form = useSubmit();
  const [query, setQuery] = useState('');
  const [found, setFound] = useState<{ q: string; items: Colleague[]; more: boolean } | null>(null);

  const search = async () => {
    const q = query.trim();
    if (q.length < 2) return form.invalid([{ field: `${P}/q`, message: t('relationships.findTooShort') }]);
    let answer: { items: Colleague[]; more: boolean } = { items: [], more: false };
    const ok = await form.run(() =>
      underPrefix(P, async () => {
        answer = await trustApi.findColleagues(q);
      }),
    );
    if (!ok) return;
    setFound({ q, ...answer });
    announce(
      answer.items.length
        ? t('relationships.findCount', { count: answer.items.length })
        : t('relationships.findNone', { q }),
    );
  };

  return (
    <section className="colleague-finder" aria-labelledby="find-colleague-heading">
      <h4 id="find-colleague-heading">{t('relationships.findTitle')}</h4>
      <FormShell
        form={form}
        onSubmit={search}
        problemTitle={t('relationships.findProblem')}
        submitLabel={t('relationships.find')}
      >
        <TextField
          label={t('relationships.findLabel')}
          pointer={`${P}/q`}
          hint={t('relationships.findHint')}
          value={query}
          onChange={setQuery}
        />
      </FormShell>
      {found ? (
        found.items.length === 0 ? (
          <p>{t('relationships.findNone', { q: found.q })}</p>
        ) : (
          <>
            <ul className="colleagues" aria-label={t('relationships.findResults', { q: found.q })}>
              {found.items.map((c) => (
                <li key={c.id}>
                  <span>
                    <strong>{c.displayName}</strong> ({c.id})
                    {colleagueLine(c, t) ? <> – {colleagueLine(c, t)}</> : null}
                  </span>{' '}
                  <button
                    type="button"
                    aria-label={t('relationships.chooseColleague', { name: c.displayName, id: c.id })}
                    onClick={() => {
                      props.onChoose(c);
                      announce(t('relationships.chosen', { name: c.displayName, id: c.id }));
                    }}
                  >
                    {t('relationships.choose')}
                  </button>
                </li>
              ))}
            </ul>
            {found.more ? <p>{t('relationships.findMore', { count: found.items.length })}</p> : null}
          </>
        )
      ) : null}
    </section>
  );
}
