import { useTranslation } from 'react-i18next';
import { languageName } from '../../format.js';
import { type UiLanguage, useLang } from '../../i18n/index.js';
import { CheckboxGroup } from '../../ui/fields.js';
import { COMMON_LANGUAGES } from './options.js';

/** Languages served, as checkboxes named in the UI language; any other code on the record stays listed. */
export function LanguagesField(props: {
  pointer: string;
  value: string[];
  onChange: (value: string[]) => void;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const codes = [
    ...COMMON_LANGUAGES,
    ...props.value.filter((c) => !(COMMON_LANGUAGES as readonly string[]).includes(c)),
  ];
  return (
    <CheckboxGroup
      legend={t('common.languages')}
      pointer={props.pointer}
      inline
      options={codes.map((c) => ({ value: c, label: languageName(c, lang) }))}
      values={props.value}
      onChange={props.onChange}
    />
  );
}

export function languagesText(codes: string[], lang: UiLanguage): string {
  return codes.map((c) => languageName(c, lang)).join(', ');
}
