/**
 * Writing a record entry: always in the professional's own register (shown, not chosen), a note
 * or a contact, or, opened from an entry's "Correct", a correction of that entry with its text
 * to start from. Entries are never changed: a correction is a new entry naming the old one.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldError } from '../api.js';
import { formatNumber } from '../format.js';
import { useLang } from '../i18n/index.js';
import { entryAuthor, entryTitle, registerName } from '../records/entryText.js';
import { type Entry, type Register, trustApi, WRITABLE_ENTRY_KINDS } from '../trustApi.js';
import { FormShell } from '../ui/FormShell.js';
import { RadioGroup, StaticField, TextField } from '../ui/fields.js';
import { underPrefix, useSubmit } from '../ui/useSubmit.js';

/** As the server's limit on an entry's text. */
const MAX_TEXT = 10_000;
const P = '/entry';
type WritableKind = (typeof WRITABLE_ENTRY_KINDS)[number];

export const ENTRY_TEXT_POINTER = `${P}/text`;

export function EntryForm(props: {
  clientId: string;
  /** The professional's own register, where the entry goes. */
  register: Register;
  /** The entry being corrected; null for a new note or contact. */
  correcting: Entry | null;
  onCancelCorrection: () => void;
  onWritten: (entry: Entry) => void;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const form = useSubmit();
  const { correcting } = props;
  const [kind, setKind] = useState<WritableKind | ''>('');
  const [text, setText] = useState(correcting?.text ?? '');

  const submit = async () => {
    const errors: FieldError[] = [];
    if (!correcting && !kind) errors.push({ field: `${P}/kind`, message: t('entries.kindRequired') });
    const body = text.trim();
    if (!body) errors.push({ field: ENTRY_TEXT_POINTER, message: t('entries.textRequired') });
    else if (body.length > MAX_TEXT)
      errors.push({
        field: ENTRY_TEXT_POINTER,
        message: t('entries.textTooLong', { n: formatNumber(body.length, lang) }),
      });
    if (errors.length) return form.invalid(errors);
    const answer: { entry?: Entry } = {};
    const ok = await form.run(() =>
      underPrefix(P, async () => {
        answer.entry = await trustApi.writeEntry(
          props.clientId,
          correcting
            ? { register: correcting.register, kind: 'correction', text: body, corrects: correcting.id }
            : { register: props.register, kind, text: body },
        );
      }),
    );
    if (ok && answer.entry) {
      setKind('');
      setText('');
      props.onWritten(answer.entry);
    }
  };

  return (
    <section aria-labelledby="entry-form-heading" className="entry-form">
      <h3 id="entry-form-heading">{correcting ? t('entries.correctTitle') : t('entries.writeTitle')}</h3>
      <p>{correcting ? t('entries.correctIntro') : t('entries.writeIntro')}</p>
      <FormShell
        form={form}
        onSubmit={submit}
        problemTitle={t('entries.problem')}
        submitLabel={correcting ? t('entries.saveCorrection') : t('entries.save')}
        actions={
          correcting ? (
            <button type="button" onClick={props.onCancelCorrection}>
              {t('entries.cancelCorrection')}
            </button>
          ) : null
        }
      >
        <StaticField label={t('entries.registerLabel')} pointer={`${P}/register`}>
          {registerName(correcting?.register ?? props.register, t)}
        </StaticField>
        {correcting ? (
          <StaticField label={t('entries.correctsLabel')} pointer={`${P}/corrects`}>
            {entryTitle(correcting, t, lang)} ({entryAuthor(correcting, t)})
          </StaticField>
        ) : (
          <RadioGroup
            legend={t('entries.kindLegend')}
            pointer={`${P}/kind`}
            required
            value={kind}
            options={WRITABLE_ENTRY_KINDS.map((k) => ({ value: k, label: t(`entries.kindOption.${k}`) }))}
            onChange={(v) => setKind(v as WritableKind)}
          />
        )}
        <TextField
          label={t('entries.textLabel')}
          pointer={ENTRY_TEXT_POINTER}
          hint={t('entries.textHint')}
          required
          multiline
          rows={6}
          value={text}
          onChange={setText}
        />
      </FormShell>
    </section>
  );
}
