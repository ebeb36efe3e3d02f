/**
 * The professional's two forms beside a client's relationships: add a colleague to the care
 * team or name the personal worker (always with an end), and record a legal basis. The colleague
 * is found in the professionals' directory (ColleagueFinder) or their username typed; the server
 * says at the field when it is not an active professional's. Both forms sit on one page, so their fields' pointers carry
 * a prefix (`/relationship/validUntil`, `/legalBasis/validUntil`) and the server's field errors
 * are moved under it, each to its own field.
 */
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldError } from '../api.js';
import { exampleDay, kindName } from '../relationshipText.js';
import { RECORDABLE_KINDS, REGISTERS, type RecordableKind, type Register, trustApi } from '../trustApi.js';
import { FinnishDateField } from '../ui/FinnishDateField.js';
import { FormShell } from '../ui/FormShell.js';
import { RadioGroup, TextField } from '../ui/fields.js';
import { untilEndOfDay } from '../ui/finnishDate.js';
import { focusSoon } from '../ui/focus.js';
import { underPrefix, useSubmit } from '../ui/useSubmit.js';
import { ColleagueFinder } from './ColleagueFinder.js';

export function AddRelationshipForm(props: { clientId: string; onAdded: (what: string) => void }) {
  const { t } = useTranslation();
  const form = useSubmit();
  const [kind, setKind] = useState<RecordableKind | ''>('');
  const [userId, setUserId] = useState('');
  const [until, setUntil] = useState('');
  const [note, setNote] = useState('');
  const example = useMemo(() => exampleDay(), []);
  const P = '/relationship';

  const submit = async () => {
    const errors: FieldError[] = [];
    if (!kind) errors.push({ field: `${P}/kind`, message: t('relationships.kindRequired') });
    if (!userId.trim()) errors.push({ field: `${P}/userId`, message: t('relationships.userIdRequired') });
    const validUntil = untilEndOfDay(
      until,
      `${P}/validUntil`,
      { required: t('relationships.untilRequired'), invalid: t('relationships.dateInvalid', { example }) },
      errors,
    );
    if (errors.length || !validUntil) return form.invalid(errors);
    const who = userId.trim();
    const ok = await form.run(() =>
      underPrefix(P, () =>
        trustApi.addRelationship(props.clientId, { kind, userId: who, validUntil, note: note.trim() }),
      ),
    );
    if (ok) {
      setKind('');
      setUserId('');
      setUntil('');
      setNote('');
      props.onAdded(t('relationships.what', { kind: kindName(kind, t), who }));
    }
  };

  return (
    <section aria-labelledby="add-relationship-heading">
      <h3 id="add-relationship-heading">{t('relationships.addTitle')}</h3>
      <p>{t('relationships.addIntro')}</p>
      <ColleagueFinder
        onChoose={(c) => {
          setUserId(c.id);
          focusSoon(`f${P.replace(/\//g, '-')}-userId`);
        }}
      />
      <FormShell
        form={form}
        onSubmit={submit}
        problemTitle={t('relationships.addProblem')}
        submitLabel={t('relationships.add')}
      >
        <RadioGroup
          legend={t('relationships.kindLegend')}
          pointer={`${P}/kind`}
          required
          value={kind}
          options={RECORDABLE_KINDS.map((k) => ({ value: k, label: t(`relationships.kindOption.${k}`) }))}
          onChange={(v) => setKind(v as RecordableKind)}
        />
        <TextField
          label={t('relationships.userId')}
          pointer={`${P}/userId`}
          hint={t('relationships.userIdHint')}
          required
          value={userId}
          onChange={setUserId}
        />
        <FinnishDateField
          label={t('relationships.validUntil')}
          pointer={`${P}/validUntil`}
          hint={t('relationships.validUntilHint', { example })}
          required
          value={until}
          onChange={setUntil}
        />
        <TextField
          label={t('relationships.noteLabel')}
          pointer={`${P}/note`}
          hint={t('relationships.noteHint')}
          multiline
          value={note}
          onChange={setNote}
        />
      </FormShell>
    </section>
  );
}

export function LegalBasisForm(props: { clientId: string; onRecorded: () => void }) {
  const { t } = useTranslation();
  const form = useSubmit();
  const [register, setRegister] = useState<Register | ''>('');
  const [statute, setStatute] = useState('');
  const [until, setUntil] = useState('');
  const example = useMemo(() => exampleDay(), []);
  const P = '/legalBasis';

  const submit = async () => {
    const errors: FieldError[] = [];
    if (!register) errors.push({ field: `${P}/register`, message: t('legalBases.registerRequired') });
    if (statute.trim().length < 3)
      errors.push({ field: `${P}/statute`, message: t('legalBases.statuteRequired') });
    const validUntil = untilEndOfDay(
      until,
      `${P}/validUntil`,
      { invalid: t('relationships.dateInvalid', { example }) },
      errors,
    );
    if (errors.length) return form.invalid(errors);
    const ok = await form.run(() =>
      underPrefix(P, () =>
        trustApi.recordLegalBasis(props.clientId, { register, statute: statute.trim(), validUntil }),
      ),
    );
    if (ok) {
      setRegister('');
      setStatute('');
      setUntil('');
      props.onRecorded();
    }
  };

  return (
    <section aria-labelledby="legal-basis-form-heading">
      <h3 id="legal-basis-form-heading">{t('legalBases.addTitle')}</h3>
      <FormShell
        form={form}
        onSubmit={submit}
        problemTitle={t('legalBases.problem')}
        submitLabel={t('legalBases.record')}
      >
        <RadioGroup
          legend={t('legalBases.register')}
          pointer={`${P}/register`}
          required
          value={register}
          options={REGISTERS.map((r) => ({ value: r, label: t(`legalBases.registerOption.${r}`) }))}
          onChange={(v) => setRegister(v as Register)}
        />
        <TextField
          label={t('legalBases.statuteLabel')}
          pointer={`${P}/statute`}
          hint={t('legalBases.statuteHint')}
          required
          value={statute}
          onChange={setStatute}
        />
        <FinnishDateField
          label={t('legalBases.validUntil')}
          pointer={`${P}/validUntil`}
          hint={t('legalBases.validUntilHint')}
          value={until}
          onChange={setUntil}
        />
      </FormShell>
    </section>
  );
}
