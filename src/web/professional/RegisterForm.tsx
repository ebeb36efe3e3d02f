/**
 * Registering a client at a first contact, for the identity code a search found no one by. The
 * data opens to the professional's unit for 30 days. The search cannot tell whether the person is
 * already a client (it shows only clients one may see), so the form first asks only for what a
 * new client needs. When the server answers that the person is already a client
 * (`first-contact-reason-required`), the form says what recording the contact means — their
 * earlier data opens to the unit, the organizer's administrator reviews it, the client sees it —
 * and asks why the client is at the unit: a reason from the list and an explanation.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, type FieldError } from '../api.js';
import { type Client, FIRST_CONTACT_REASONS, type FirstContactReasonCode, trustApi } from '../trustApi.js';
import { FormShell } from '../ui/FormShell.js';
import { RadioGroup, TextField } from '../ui/fields.js';
import { underPrefix, useSubmit } from '../ui/useSubmit.js';

const MIN_TEXT = 10;
/** The form's pointers carry a prefix: the search form on the same page has a /familyName too. */
const P = '/register';
const LANGUAGES = ['fi', 'sv', 'other'] as const;
type Language = (typeof LANGUAGES)[number];

export function RegisterForm(props: {
  identityCode: string;
  /** `contact`: the person was already a client, and the contact was recorded for review. */
  onRegistered: (client: Client, contact: boolean) => void;
}) {
  const { t } = useTranslation();
  const form = useSubmit();
  const [familyName, setFamilyName] = useState('');
  const [givenNames, setGivenNames] = useState('');
  const [language, setLanguage] = useState<Language | ''>('');
  // Shown once the server says the person is already a client.
  const [existing, setExisting] = useState(false);
  const [reasonCode, setReasonCode] = useState<FirstContactReasonCode | ''>('');
  const [reasonText, setReasonText] = useState('');

  const submit = async () => {
    const errors: FieldError[] = [];
    if (!familyName.trim())
      errors.push({ field: `${P}/familyName`, message: t('register.familyNameRequired') });
    if (!givenNames.trim())
      errors.push({ field: `${P}/givenNames`, message: t('register.givenNamesRequired') });
    if (!language) errors.push({ field: `${P}/language`, message: t('register.languageRequired') });
    if (existing && !reasonCode)
      errors.push({ field: `${P}/firstContact/reasonCode`, message: t('register.reasonRequired') });
    if (existing && reasonText.trim().length < MIN_TEXT)
      errors.push({ field: `${P}/firstContact/reasonText`, message: t('register.textTooShort') });
    if (errors.length) return form.invalid(errors);
    const answer: { client?: Client } = {};
    const ok = await form.run(async () => {
      try {
        await underPrefix(P, async () => {
          answer.client = await trustApi.registerClient({
            identity: { system: 'pic', value: props.identityCode },
            familyName: familyName.trim(),
            givenNames: givenNames.trim(),
            phone: null,
            email: null,
            streetAddress: null,
            postalCode: null,
            language: language as Language,
            nonDisclosure: false,
            soteCentre: null,
            dentalClinic: null,
            ...(existing ? { firstContact: { reasonCode, reasonText: reasonText.trim() } } : {}),
          });
        });
      } catch (e) {
        // Already a client: the reason's fields appear, and the summary links to them.
        if (e instanceof ApiError && e.code === 'first-contact-reason-required') setExisting(true);
        throw e;
      }
    });
    if (ok && answer.client) props.onRegistered(answer.client, existing);
  };

  return (
    <section aria-labelledby="register-heading" className="register-client">
      <h3 id="register-heading" tabIndex={-1}>
        {t('register.title')}
      </h3>
      <p>
        <strong>{t('breakGlass.identityCode', { code: props.identityCode })}</strong>
      </p>
      <FormShell
        form={form}
        onSubmit={submit}
        problemTitle={t('register.problem')}
        submitLabel={existing ? t('register.submitContact') : t('register.submit')}
      >
        <div className="row-fields">
          <TextField
            label={t('clients.familyName')}
            pointer={`${P}/familyName`}
            required
            value={familyName}
            onChange={setFamilyName}
          />
          <TextField
            label={t('register.givenNames')}
            pointer={`${P}/givenNames`}
            required
            value={givenNames}
            onChange={setGivenNames}
          />
        </div>
        <RadioGroup
          legend={t('register.language')}
          pointer={`${P}/language`}
          required
          value={language}
          options={LANGUAGES.map((l) => ({ value: l, label: t(`clients.languageValue.${l}`) }))}
          onChange={(v) => setLanguage(v as Language)}
        />
        {existing ? (
          <>
            <div className="notice notice-warning" id="register-existing">
              <p>{t('register.existing')}</p>
            </div>
            <RadioGroup
              legend={t('register.reason')}
              pointer={`${P}/firstContact/reasonCode`}
              required
              value={reasonCode}
              options={FIRST_CONTACT_REASONS.map((r) => ({
                value: r,
                label: t(`firstContact.reasons.${r}`),
              }))}
              onChange={(v) => setReasonCode(v as FirstContactReasonCode)}
            />
            <TextField
              label={t('register.reasonText')}
              pointer={`${P}/firstContact/reasonText`}
              hint={t('register.reasonTextHint')}
              required
              multiline
              value={reasonText}
              onChange={setReasonText}
            />
          </>
        ) : null}
      </FormShell>
    </section>
  );
}
