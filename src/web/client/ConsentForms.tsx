/** The client's two forms: give a consent across registers, refuse disclosure to a producer. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldError } from '../api.js';
import { REGISTERS, type Register, trustApi } from '../trustApi.js';
import type { Producer } from '../types.js';
import { FinnishDateField } from '../ui/FinnishDateField.js';
import { FormShell } from '../ui/FormShell.js';
import { RadioGroup, SelectField, TextField } from '../ui/fields.js';
import { untilEndOfDay } from '../ui/finnishDate.js';
import { useSubmit } from '../ui/useSubmit.js';

export function GiveConsentForm(props: { clientId: string; onGiven: () => void }) {
  const { t } = useTranslation();
  const form = useSubmit();
  const [register, setRegister] = useState<Register | ''>('');
  const [scope, setScope] = useState('');
  const [until, setUntil] = useState('');

  const submit = async () => {
    const errors: FieldError[] = [];
    if (!register) errors.push({ field: '/register', message: t('consents.registerRequired') });
    const validUntil = untilEndOfDay(until, '/validUntil', { invalid: t('consents.dateInvalid') }, errors);
    if (errors.length) return form.invalid(errors);
    const ok = await form.run(async () => {
      await trustApi.giveConsent(props.clientId, { register, scope: scope.trim(), validUntil });
    });
    if (ok) {
      setRegister('');
      setScope('');
      setUntil('');
      props.onGiven();
    }
  };

  return (
    <section aria-labelledby="give-consent-heading">
      <h2 id="give-consent-heading">{t('consents.giveTitle')}</h2>
      <p>{t('consents.giveIntro')}</p>
      <FormShell form={form} onSubmit={submit} submitLabel={t('consents.give')}>
        <RadioGroup
          legend={t('consents.register')}
          pointer="/register"
          required
          value={register}
          options={REGISTERS.map((r) => ({ value: r, label: t(`consents.registerOption.${r}`) }))}
          onChange={(v) => setRegister(v as Register)}
        />
        <TextField
          label={t('consents.scopeLabel')}
          pointer="/scope"
          hint={t('consents.scopeHint')}
          multiline
          value={scope}
          onChange={setScope}
        />
        <FinnishDateField
          label={t('consents.validUntil')}
          pointer="/validUntil"
          hint={t('consents.validUntilHint')}
          value={until}
          onChange={setUntil}
        />
      </FormShell>
    </section>
  );
}

export function RefuseDisclosureForm(props: {
  clientId: string;
  producers: Producer[];
  onRefused: () => void;
}) {
  const { t } = useTranslation();
  const form = useSubmit();
  const [producerId, setProducerId] = useState('');
  const options = props.producers
    .filter((p) => p.active)
    .map((p) => ({ value: p.id, label: p.name }))
    .sort((a, b) => a.label.localeCompare(b.label));

  const submit = async () => {
    if (!producerId) return form.invalid([{ field: '/producerId', message: t('consents.producerRequired') }]);
    const ok = await form.run(async () => {
      await trustApi.refuseDisclosure(props.clientId, producerId);
    });
    if (ok) {
      setProducerId('');
      props.onRefused();
    }
  };

  return (
    <section aria-labelledby="refuse-heading">
      <h2 id="refuse-heading">{t('consents.refuseTitle')}</h2>
      <p>{t('consents.refuseIntro')}</p>
      <FormShell form={form} onSubmit={submit} submitLabel={t('consents.refuse')} submitClass="danger">
        <SelectField
          label={t('consents.producer')}
          pointer="/producerId"
          required
          value={producerId}
          emptyLabel={t('common.choose')}
          options={options}
          onChange={setProducerId}
        />
      </FormShell>
    </section>
  );
}
