/**
 * Break-the-glass: with no relationship to the client, a professional may still open the data
 * in an emergency after choosing a reason from the fixed list and explaining it. The form says
 * plainly that it is logged, shown to the client and reviewed. The client is known by id (the
 * client's screen refused) or only by identity code (a search found no one the professional
 * may see); for a code that no client has, the form says so.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, type FieldError } from '../api.js';
import { BREAK_GLASS_REASONS, type BreakGlass, type BreakGlassReason, trustApi } from '../trustApi.js';
import { FormShell } from '../ui/FormShell.js';
import { RadioGroup, TextField } from '../ui/fields.js';
import { useSubmit } from '../ui/useSubmit.js';

/** As the server's BREAK_GLASS_HOURS: the access lasts this long. */
const HOURS = 4;
const MIN_TEXT = 10;

export type BreakGlassTarget = { clientId: string } | { identityCode: string };

export function BreakGlassForm(props: {
  target: BreakGlassTarget;
  onDeclared: (grant: BreakGlass) => void;
  /** The heading's level: 2 on its own screen, 3 inside the search's emergency section. */
  headingLevel?: 2 | 3;
}) {
  const { t } = useTranslation();
  const form = useSubmit();
  const [reasonCode, setReasonCode] = useState<BreakGlassReason | ''>('');
  const [reasonText, setReasonText] = useState('');
  const { target } = props;
  const Heading = props.headingLevel === 3 ? 'h3' : 'h2';

  const submit = async () => {
    const errors: FieldError[] = [];
    if (!reasonCode) errors.push({ field: '/reasonCode', message: t('breakGlass.reasonRequired') });
    if (reasonText.trim().length < MIN_TEXT)
      errors.push({ field: '/reasonText', message: t('breakGlass.textTooShort') });
    if (errors.length) return form.invalid(errors);
    const answer: { grant?: BreakGlass } = {};
    const body = { reasonCode, reasonText: reasonText.trim() };
    const ok = await form.run(async () => {
      if ('clientId' in target) {
        answer.grant = await trustApi.declareBreakGlass(target.clientId, body);
        return;
      }
      try {
        answer.grant = await trustApi.declareBreakGlassByIdentity({
          identityCode: target.identityCode,
          ...body,
        });
      } catch (e) {
        // No client has the code: said in words, not as "record not found".
        if (e instanceof ApiError && e.status === 404)
          throw new ApiError(
            404,
            e.code,
            e.title,
            t('breakGlass.noSuchClient', { code: target.identityCode }),
          );
        throw e;
      }
    });
    if (ok && answer.grant) props.onDeclared(answer.grant);
  };

  return (
    <section aria-labelledby="break-glass-heading" className="break-glass">
      <Heading id="break-glass-heading" tabIndex={-1}>
        {t('breakGlass.title')}
      </Heading>
      <p>{t('breakGlass.explain')}</p>
      {'identityCode' in target ? (
        <p>
          <strong>{t('breakGlass.identityCode', { code: target.identityCode })}</strong>
        </p>
      ) : null}
      <div className="notice notice-warning">
        <p>{t('breakGlass.warning', { hours: HOURS })}</p>
      </div>
      <FormShell
        form={form}
        onSubmit={submit}
        problemTitle={t('breakGlass.problem')}
        submitLabel={t('breakGlass.submit')}
        submitClass="danger"
      >
        <RadioGroup
          legend={t('breakGlass.reason')}
          pointer="/reasonCode"
          required
          value={reasonCode}
          options={BREAK_GLASS_REASONS.map((r) => ({ value: r, label: t(`breakGlass.reasons.${r}`) }))}
          onChange={(v) => setReasonCode(v as BreakGlassReason)}
        />
        <TextField
          label={t('breakGlass.reasonText')}
          pointer="/reasonText"
          hint={t('breakGlass.reasonTextHint')}
          required
          multiline
          value={reasonText}
          onChange={setReasonText}
        />
      </FormShell>
    </section>
  );
}
