/**
 * The frame every edit screen shares: heading, way back to the list, what went wrong, the
 * form with its fields, and save / deactivate / delete.
 */
import { type ReactNode, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLang } from '../i18n/index.js';
import { Link } from '../router.js';
import { signInHref, useSession } from '../session.js';
import type { ResourceName } from '../types.js';
import { ErrorSummary } from './ErrorSummary.js';
import { FieldErrorsContext } from './fields.js';
import { focusSoon } from './focus.js';
import { PageHeading } from './PageHeading.js';
import type { RecordEditor } from './useRecordEditor.js';

export function EditorFrame<R extends ResourceName>(props: {
  editor: RecordEditor<R>;
  resource: R;
  title: string;
  /** Where "back" leads; the list by default. */
  backTo?: { path: string; label: string };
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const { editor, resource } = props;
  const [confirming, setConfirming] = useState(false);
  const lang = useLang();
  const session = useSession();
  // The server refuses catalogue changes without catalogue.write; the form says so before anyone tries.
  const canEdit = session.can('catalogue.write');
  const errors = useMemo(() => {
    const m = new Map<string, string[]>();
    for (const e of editor.problem?.errors ?? []) m.set(e.field, [...(m.get(e.field) ?? []), e.message]);
    return { errors: m };
  }, [editor.problem]);
  const back = props.backTo ?? { path: `/${resource}`, label: t(`nav.${resource}`) };

  if (editor.loading && !editor.record) return <p aria-busy="true">{t('common.loading')}</p>;
  if (editor.loadError)
    return (
      <>
        <PageHeading title={t('problem.notFound')}>{t('problem.notFound')}</PageHeading>
        <p role="alert">{editor.loadError.isNetwork ? t('problem.network') : editor.loadError.detail}</p>
        <p>
          <Link to={back.path}>{t('common.backTo', { place: back.label })}</Link>
        </p>
      </>
    );

  const rec = editor.record;
  return (
    <>
      <p className="back">
        <Link to={back.path}>{t('common.backTo', { place: back.label })}</Link>
      </p>
      <PageHeading title={props.title}>{props.title}</PageHeading>
      {rec ? (
        <p className="meta">
          <span className={`badge ${rec.active ? 'badge-active' : 'badge-inactive'}`}>
            {rec.active ? t('common.active') : t('common.inactive')}
          </span>{' '}
          {t('common.versionInfo', { version: rec.version })}
        </p>
      ) : null}
      {!canEdit && session.state.status !== 'loading' ? (
        <div className="notice">
          <p>{t('session.readOnly')}</p>
          {session.user ? null : (
            <p>
              <a href={signInHref(lang)}>{t('session.signIn')}</a>
            </p>
          )}
        </div>
      ) : null}
      {editor.stale ? (
        <div className="notice notice-warning">
          <p>{t('common.staleExplain')}</p>
          <button type="button" onClick={editor.reload}>
            {t('common.reloadLatest')}
          </button>
        </div>
      ) : null}
      {editor.problem ? (
        <ErrorSummary
          summary={editor.problem.summary}
          detail={editor.problem.detail}
          errors={editor.problem.errors}
          seq={editor.problem.seq}
        />
      ) : null}
      <FieldErrorsContext.Provider value={errors}>
        <form
          noValidate
          className="record-form"
          aria-busy={editor.busy}
          onSubmit={(e) => {
            e.preventDefault();
            if (canEdit) void editor.save();
          }}
        >
          {canEdit ? (
            props.children
          ) : (
            <fieldset disabled className="read-only">
              <legend className="sr-only">{props.title}</legend>
              {props.children}
            </fieldset>
          )}
          {canEdit ? (
            <div className="actions">
              <button type="submit" className="primary" disabled={editor.busy}>
                {rec ? t('common.save') : t('common.create')}
              </button>
              {rec ? (
                <button
                  type="button"
                  disabled={editor.busy}
                  onClick={() => void editor.setActive(!rec.active)}
                >
                  {rec.active ? t('common.deactivate') : t('common.activate')}
                </button>
              ) : null}
              {rec && !confirming ? (
                <button
                  id="delete-record"
                  type="button"
                  className="danger"
                  disabled={editor.busy}
                  onClick={() => {
                    setConfirming(true);
                    focusSoon('confirm-delete');
                  }}
                >
                  {t('common.delete')}
                </button>
              ) : null}
            </div>
          ) : null}
          {rec && confirming ? (
            <div className="notice notice-danger">
              <p>{t('common.confirmDelete')}</p>
              <div className="actions">
                <button
                  id="confirm-delete"
                  type="button"
                  className="danger"
                  disabled={editor.busy}
                  onClick={() => {
                    setConfirming(false);
                    void editor.remove();
                  }}
                >
                  {t('common.deleteForGood')}
                </button>
                <button
                  type="button"
                  onClick={() => {
                    setConfirming(false);
                    focusSoon('delete-record');
                  }}
                >
                  {t('common.cancel')}
                </button>
              </div>
            </div>
          ) : null}
        </form>
      </FieldErrorsContext.Provider>
    </>
  );
}
