/**
 * The client's record entries on the professional's screen: the list (with which registers it
 * shows, and how the other one opens) and the form to write in one's own register. "Correct" on
 * an entry of one's own register opens the form as a correction of it.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EntryList } from '../records/EntryList.js';
import { type Entry, PROFESSION_REGISTER, type SessionUser } from '../trustApi.js';
import { useAnnounce } from '../ui/Announcer.js';
import { fieldId } from '../ui/fields.js';
import { focusSoon } from '../ui/focus.js';
import { ENTRY_TEXT_POINTER, EntryForm } from './EntryForm.js';

export function Entries({ clientId, user }: { clientId: string; user: SessionUser }) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  // The register the employer assigned (from the session), else the profession's own.
  const own = user.registers?.[0] ?? (user.profession ? PROFESSION_REGISTER[user.profession] : null);
  const [correcting, setCorrecting] = useState<Entry | null>(null);
  const [reloadKey, setReloadKey] = useState(0);
  const [written, setWritten] = useState<string | null>(null);

  return (
    <section aria-labelledby="entries-heading" className="entries-section">
      <h2 id="entries-heading">{t('entries.title')}</h2>
      <p>{t('entries.intro')}</p>
      <EntryList
        clientId={clientId}
        reloadKey={reloadKey}
        focusEntry={written}
        showRegisters
        canCorrect={(e) => e.register === own}
        onCorrect={(e) => {
          setCorrecting(e);
          focusSoon(fieldId(ENTRY_TEXT_POINTER));
        }}
      />
      {own ? (
        <EntryForm
          // A new form for each entry corrected: its text to start from, no errors left over.
          key={correcting?.id ?? 'new'}
          clientId={clientId}
          register={own}
          correcting={correcting}
          onCancelCorrection={() => {
            const id = correcting?.id;
            setCorrecting(null);
            if (id) focusSoon(`correct-${id}`);
          }}
          onWritten={(entry) => {
            announce(correcting ? t('entries.correctionWritten') : t('entries.written'));
            setCorrecting(null);
            setWritten(entry.id);
            setReloadKey((k) => k + 1);
          }}
        />
      ) : null}
    </section>
  );
}
