/**
 * One opening in the review list — an emergency access, or a first contact recorded for a client
 * already registered — with its kind, reason and explanation, and its review form while pending.
 */
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { dateTimeParts } from '../../format.js';
import { useLang } from '../../i18n/index.js';
import { tKey } from '../../roles.js';
import { Link } from '../../router.js';
import { type Opening, trustApi } from '../../trustApi.js';
import { ErrorSummary } from '../../ui/ErrorSummary.js';
import { FieldErrorsContext, RadioGroup, TextField } from '../../ui/fields.js';
import { useSubmit } from '../../ui/useSubmit.js';

type Outcome = 'reviewed' | 'flagged';

export function ReviewItem(props: { item: Opening; onReviewed: (outcome: Outcome) => void }) {
  const { item } = props;
  const { t } = useTranslation();
  const lang = useLang();
  const form = useSubmit();
  const [outcome, setOutcome] = useState<Outcome | ''>('');
  const [note, setNote] = useState('');
  // Several forms share the page: each one's fields (and the server's pointers) get its own prefix.
  const prefix = `/review-${item.id}`;
  const errors = useMemo(
    () => (form.problem?.errors ?? []).map((e) => ({ ...e, field: `${prefix}${e.field}` })),
    [form.problem, prefix],
  );
  const fieldErrors = useMemo(() => {
    const m = new Map<string, string[]>();
    for (const e of errors) m.set(e.field, [...(m.get(e.field) ?? []), e.message]);
    return { errors: m };
  }, [errors]);

  const when = (iso: string) => t('common.dateTime', dateTimeParts(iso, lang));
  // The professional by name and unit (or producer); by user id from an older server. For a first
  // contact the unit is the one the data was opened to.
  const org = item.unitName ?? item.producerName ?? null;
  const who = item.userName ? (org ? `${item.userName} (${org})` : item.userName) : item.userId;
  const headingId = `review-${item.id}-heading`;
  const contact = item.kind === 'first_contact';
  const reasons = contact ? 'firstContact.reasons' : 'breakGlass.reasons';

  const submit = async () => {
    if (!outcome) return form.invalid([{ field: '/status', message: t('review.decisionRequired') }]);
    const ok = await form.run(async () => {
      await trustApi.reviewOpening(item.id, { status: outcome, note: note.trim() });
    });
    if (ok) props.onReviewed(outcome);
  };

  return (
    <li className={`card review-item review-${item.reviewStatus}`}>
      <h3 id={headingId}>{t('review.itemTitle', { who, when: when(item.validFrom) })}</h3>
      <p>
        <span className={`badge badge-opening-${item.kind}`}>
          {tKey(t, `review.kinds.${item.kind}`, item.kind)}
        </span>{' '}
        <span className={`badge badge-review-${item.reviewStatus}`}>
          {tKey(t, `review.statuses.${item.reviewStatus}`, item.reviewStatus)}
        </span>
      </p>
      <dl className="details">
        <dt>{t('review.who')}</dt>
        <dd>{who}</dd>
        {item.userName ? (
          <>
            <dt>{t('review.userId')}</dt>
            <dd>
              <code>{item.userId}</code>
            </dd>
          </>
        ) : null}
        <dt>{t('review.client')}</dt>
        <dd>
          <code>{item.clientId}</code>{' '}
          <Link to={`/access-log?clientId=${encodeURIComponent(item.clientId)}`}>
            {t('review.clientLog')}
          </Link>
        </dd>
        <dt>{t('review.reason')}</dt>
        <dd>{tKey(t, `${reasons}.${item.reasonCode}`, item.reasonCode)}</dd>
        <dt>{t('review.reasonText')}</dt>
        <dd className="user-text">{item.reasonText}</dd>
        {contact && item.unitName ? (
          <>
            <dt>{t('review.openedTo')}</dt>
            <dd>{item.unitName}</dd>
          </>
        ) : null}
        <dt>{contact ? t('review.recordedAt') : t('review.declaredAt')}</dt>
        <dd>{when(item.validFrom)}</dd>
        <dt>{t('review.validUntil')}</dt>
        <dd>{when(item.validUntil)}</dd>
        {item.reviewStatus !== 'pending' ? (
          <>
            <dt>{t('review.reviewedBy')}</dt>
            <dd>
              {item.reviewedBy ?? ''}
              {item.reviewedAt ? `, ${when(item.reviewedAt)}` : ''}
            </dd>
            <dt>{t('review.reviewNote')}</dt>
            <dd className="user-text">{item.reviewNote || t('common.none')}</dd>
          </>
        ) : null}
      </dl>
      {item.reviewStatus === 'pending' ? (
        <>
          {form.problem ? (
            <ErrorSummary
              summary={form.problem.summary}
              detail={form.problem.detail}
              errors={errors}
              seq={form.problem.seq}
            />
          ) : null}
          <FieldErrorsContext.Provider value={fieldErrors}>
            <form
              noValidate
              aria-busy={form.busy}
              aria-labelledby={headingId}
              onSubmit={(e) => {
                e.preventDefault();
                void submit();
              }}
            >
              <RadioGroup
                legend={t('review.decision')}
                pointer={`${prefix}/status`}
                required
                value={outcome}
                options={[
                  { value: 'reviewed', label: t('review.markReviewed') },
                  { value: 'flagged', label: t('review.markFlagged') },
                ]}
                onChange={(v) => setOutcome(v as Outcome)}
              />
              <TextField
                label={t('review.note')}
                pointer={`${prefix}/note`}
                hint={t('review.noteHint')}
                multiline
                value={note}
                onChange={setNote}
              />
              <div className="actions">
                <button type="submit" className="primary" disabled={form.busy}>
                  {t('review.save')}
                </button>
              </div>
            </form>
          </FieldErrorsContext.Provider>
        </>
      ) : null}
    </li>
  );
}
