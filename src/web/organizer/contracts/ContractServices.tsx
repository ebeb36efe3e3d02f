import { useTranslation } from 'react-i18next';
import type { ContractService, Service } from '../../types.js';
import { fieldId, NumberField, type Option, SelectField } from '../../ui/fields.js';
import { focusSoon, RowButtons, replaced, without } from '../shared/rows.js';

/** The services a contract covers, each with its price, monthly capacity and response time. */
export function ContractServices(props: {
  value: ContractService[];
  serviceOptions: Option[];
  servicesById: Map<string, Service>;
  onChange: (rows: ContractService[]) => void;
}) {
  const { t } = useTranslation();
  const { value, onChange } = props;
  const set = (i: number, row: ContractService) => onChange(replaced(value, i, row));
  return (
    <fieldset className="group" id={fieldId('/services')} tabIndex={-1}>
      <legend>{t('contract.services')}</legend>
      {value.map((row, i) => {
        const p = `/services/${i}`;
        const what = t('contract.serviceRow', { n: i + 1 });
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity of their own; their state is in the draft
          <div className="row-card" key={i}>
            <SelectField
              label={t('contract.service')}
              pointer={`${p}/serviceId`}
              required
              value={row.serviceId}
              emptyLabel={t('common.choose')}
              options={props.serviceOptions}
              onChange={(serviceId) => {
                // Start from the catalogue price; the contract may agree another.
                const price = props.servicesById.get(serviceId)?.unitPrice;
                set(i, {
                  ...row,
                  serviceId,
                  unitPrice: row.serviceId ? row.unitPrice : (price ?? row.unitPrice),
                });
              }}
            />
            <div className="row-fields">
              <NumberField
                label={t('contract.unitPrice')}
                pointer={`${p}/unitPrice`}
                required
                value={row.unitPrice}
                onChange={(v) => set(i, { ...row, unitPrice: v ?? Number.NaN })}
              />
              <NumberField
                label={t('contract.monthlyCapacity')}
                pointer={`${p}/monthlyCapacity`}
                integer
                required
                value={row.monthlyCapacity}
                onChange={(v) => set(i, { ...row, monthlyCapacity: v ?? Number.NaN })}
              />
              <NumberField
                label={t('contract.maxResponseDays')}
                pointer={`${p}/maxResponseDays`}
                integer
                required
                value={row.maxResponseDays}
                onChange={(v) => set(i, { ...row, maxResponseDays: v ?? Number.NaN })}
              />
            </div>
            <RowButtons
              base="contract-service"
              listId={fieldId('/services')}
              index={i}
              count={value.length}
              what={what}
              onRemove={() => onChange(without(value, i))}
            />
          </div>
        );
      })}
      <button
        type="button"
        onClick={() => {
          onChange([...value, { serviceId: '', unitPrice: 0, monthlyCapacity: 100, maxResponseDays: 14 }]);
          focusSoon(fieldId(`/services/${value.length}/serviceId`));
        }}
      >
        {t('contract.addService')}
      </button>
    </fieldset>
  );
}
