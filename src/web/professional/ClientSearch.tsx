/**
 * Finding a client by identity code or name. The terms live in the URL, so a search survives
 * reload. The server answers only with clients the professional may see (and logs every
 * candidate), so "no results" never tells whether someone exists. After a search by identity
 * code that found no one, registration at a first contact and emergency access are offered for
 * that code (never after a name search: both concern one known person); once registered or
 * declared, the client's data opens.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { dateTimeParts, formatNumber } from '../format.js';
import { useLang } from '../i18n/index.js';
import { Link, navigate, useSearchParams } from '../router.js';
import { type Client, type ClientQuery, trustApi } from '../trustApi.js';
import { useAnnounce } from '../ui/Announcer.js';
import { ErrorSummary } from '../ui/ErrorSummary.js';
import { FieldErrorsContext, TextField } from '../ui/fields.js';
import { focusSoon } from '../ui/focus.js';
import { PageHeading } from '../ui/PageHeading.js';
import { useSubmit } from '../ui/useSubmit.js';
import { BreakGlassForm } from './BreakGlassForm.js';
import { rememberEmergency } from './emergency.js';
import { identityCodeProblem } from './identityCode.js';
import { RegisterForm } from './RegisterForm.js';

export function clientName(c: Pick<Client, 'familyName' | 'givenNames'>): string {
  return `${c.familyName}, ${c.givenNames}`;
}

export function ClientSearch() {
  const { t } = useTranslation();
  const lang = useLang();
  const [params, setParams] = useSearchParams();
  const query: ClientQuery = {
    identityCode: params.get('identityCode') ?? '',
    familyName: params.get('familyName') ?? '',
    givenNames: params.get('givenNames') ?? '',
  };
  const key = params.toString();
  const [terms, setTerms] = useState(query);
  const [results, setResults] = useState<Client[] | null>(null);
  const form = useSubmit();

  // biome-ignore lint/correctness/useExhaustiveDependencies: the URL's terms (key) decide when to search
  useEffect(() => {
    setTerms(query);
    if (!query.identityCode && !query.familyName) {
      setResults(null);
      return;
    }
    let current = true;
    void form.run(async () => {
      const found = await trustApi.findClients(query);
      if (current) setResults(found);
    });
    return () => {
      current = false;
    };
  }, [key]);

  const submit = () => {
    const identityCode = terms.identityCode?.trim() ?? '';
    const familyName = terms.familyName?.trim() ?? '';
    if (!identityCode && !familyName) {
      setResults(null);
      form.invalid([{ field: '/familyName', message: t('clients.needsTerms') }]);
      return;
    }
    const codeProblem = identityCode ? identityCodeProblem(identityCode) : null;
    if (codeProblem) {
      setResults(null);
      form.invalid([
        {
          field: '/identityCode',
          message: codeProblem === 'format' ? t('clients.identityFormat') : t('clients.identityChecksum'),
        },
      ]);
      return;
    }
    setParams({
      identityCode: identityCode || null,
      familyName: identityCode ? null : familyName || null,
      givenNames: identityCode ? null : terms.givenNames?.trim() || null,
    });
  };

  return (
    <>
      <PageHeading title={t('clients.title')}>{t('clients.title')}</PageHeading>
      <p className="lead">{t('clients.intro')}</p>
      {form.problem ? (
        <ErrorSummary
          title={t('clients.searchProblem')}
          summary={form.problem.summary}
          detail={form.problem.detail}
          errors={form.problem.errors}
          seq={form.problem.seq}
        />
      ) : null}
      <search aria-label={t('clients.search')}>
        <FieldErrorsContext.Provider value={form.fieldErrors}>
          <form
            noValidate
            className="record-form client-search"
            onSubmit={(e) => {
              e.preventDefault();
              submit();
            }}
          >
            <TextField
              label={t('clients.identityCode')}
              pointer="/identityCode"
              hint={t('clients.identityCodeHint')}
              value={terms.identityCode ?? ''}
              onChange={(identityCode) => setTerms((s) => ({ ...s, identityCode }))}
            />
            <fieldset>
              <legend>{t('clients.byName')}</legend>
              <div className="row-fields">
                <TextField
                  label={t('clients.familyName')}
                  pointer="/familyName"
                  hint={t('clients.familyNameHint')}
                  value={terms.familyName ?? ''}
                  onChange={(familyName) => setTerms((s) => ({ ...s, familyName }))}
                />
                <TextField
                  label={t('clients.givenNames')}
                  pointer="/givenNames"
                  value={terms.givenNames ?? ''}
                  onChange={(givenNames) => setTerms((s) => ({ ...s, givenNames }))}
                />
              </div>
            </fieldset>
            <div className="actions">
              <button type="submit" className="primary" disabled={form.busy}>
                {t('clients.search')}
              </button>
            </div>
          </form>
        </FieldErrorsContext.Provider>
      </search>
      <div className="results">
        <div aria-live="polite">
          {results ? (
            <h2 id="client-results">
              {t('clients.results', { count: results.length, formatted: formatNumber(results.length, lang) })}
            </h2>
          ) : form.busy ? (
            <p>{t('common.loading')}</p>
          ) : null}
        </div>
        {results && results.length === 0 ? <p>{t('clients.noResults')}</p> : null}
        {results && results.length === 0 && query.identityCode ? (
          <>
            <RegisterOffer
              key={`r-${query.identityCode}`}
              identityCode={query.identityCode.trim().toUpperCase()}
            />
            <EmergencyOffer key={query.identityCode} identityCode={query.identityCode.trim().toUpperCase()} />
          </>
        ) : null}
        {results && results.length > 0 ? (
          // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard
          <section className="table-wrap" aria-labelledby="client-results" tabIndex={0}>
            <table aria-busy={form.busy}>
              <caption className="sr-only">{t('clients.title')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('clients.name')}</th>
                  <th scope="col">{t('clients.identity')}</th>
                  <th scope="col">{t('clients.birthDate')}</th>
                </tr>
              </thead>
              <tbody>
                {results.map((c) => (
                  <tr key={c.id}>
                    <td>
                      <Link to={`/clients/${c.id}`}>{clientName(c)}</Link>
                    </td>
                    <td>{c.identity.value}</td>
                    <td>{dateTimeParts(`${c.birthDate}T12:00:00Z`, lang).date}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        ) : null}
      </div>
    </>
  );
}

/**
 * Registration at a first contact for the identity code searched: a button first, then the form.
 * For someone already a client the form asks why they are at the unit (the opening is reviewed).
 */
function RegisterOffer({ identityCode }: { identityCode: string }) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const [open, setOpen] = useState(false);
  return (
    <section className="register-offer" aria-label={t('register.button')}>
      <p>{t('register.offer')}</p>
      <p>
        <button
          type="button"
          aria-expanded={open}
          aria-controls="register-form"
          onClick={() => {
            setOpen((o) => !o);
            if (!open) focusSoon('register-heading');
          }}
        >
          {t('register.button')}
        </button>
      </p>
      <div id="register-form" hidden={!open}>
        {open ? (
          <RegisterForm
            identityCode={identityCode}
            onRegistered={(client, contact) => {
              navigate(`/clients/${encodeURIComponent(client.id)}`);
              // After navigating, so the message stays with the client's screen.
              announce(contact ? t('register.contactRecorded') : t('register.registered'));
            }}
          />
        ) : null}
      </div>
    </section>
  );
}

/** Emergency access for the identity code searched: a button first, then the form. */
function EmergencyOffer({ identityCode }: { identityCode: string }) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const [open, setOpen] = useState(false);
  return (
    <section className="emergency-offer" aria-label={t('clients.emergencyButton')}>
      <p>{t('clients.emergencyOffer')}</p>
      <p>
        <button
          type="button"
          className="danger"
          aria-expanded={open}
          aria-controls="emergency-form"
          onClick={() => {
            setOpen((o) => !o);
            if (!open) focusSoon('break-glass-heading');
          }}
        >
          {t('clients.emergencyButton')}
        </button>
      </p>
      <div id="emergency-form" hidden={!open}>
        {open ? (
          <BreakGlassForm
            target={{ identityCode }}
            headingLevel={3}
            onDeclared={(grant) => {
              rememberEmergency(grant);
              navigate(`/clients/${encodeURIComponent(grant.clientId)}`);
              // After navigating, so the message stays with the client's screen.
              announce(t('breakGlass.declared'));
            }}
          />
        ) : null}
      </div>
    </section>
  );
}
