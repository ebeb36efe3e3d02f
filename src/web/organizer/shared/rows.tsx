/** Editing lists inside a record (steps, rows of a contract): move, remove, and their buttons. */
import { useTranslation } from 'react-i18next';
import { focusSoon } from '../../ui/focus.js';

export function moved<T>(list: readonly T[], from: number, to: number): T[] {
  if (to < 0 || to >= list.length) return [...list];
  const next = [...list];
  const [item] = next.splice(from, 1);
  if (item !== undefined) next.splice(to, 0, item);
  return next;
}

export function without<T>(list: readonly T[], index: number): T[] {
  return list.filter((_, i) => i !== index);
}

export function replaced<T>(list: readonly T[], index: number, item: T): T[] {
  return list.map((x, i) => (i === index ? item : x));
}

export { focusSoon };

/**
 * Move up / move down / remove for one row. `what` names the row for screen readers
 * ("Move up: step 2"), since the same visible words repeat on every row. Focus follows the
 * moved row, and goes to the list (`listId`) when a row is removed, so it is never lost.
 */
export function RowButtons(props: {
  base: string;
  listId: string;
  index: number;
  count: number;
  what: string;
  onMove?: (to: number) => void;
  onRemove: () => void;
}) {
  const { t } = useTranslation();
  const { base, index, count, what } = props;
  const onMove = props.onMove;
  const move = (to: number) => {
    onMove?.(to);
    // At either end the button in the same direction is disabled; focus its partner.
    const dir = to === 0 ? 'down' : to === count - 1 ? 'up' : to < index ? 'up' : 'down';
    focusSoon(`${base}-${to}-${dir}`);
  };
  return (
    <div className="row-buttons">
      {onMove ? (
        <>
          <button
            id={`${base}-${index}-up`}
            type="button"
            disabled={index === 0}
            onClick={() => move(index - 1)}
          >
            {t('common.moveUp')}
            <span className="sr-only">: {what}</span>
          </button>
          <button
            id={`${base}-${index}-down`}
            type="button"
            disabled={index === count - 1}
            onClick={() => move(index + 1)}
          >
            {t('common.moveDown')}
            <span className="sr-only">: {what}</span>
          </button>
        </>
      ) : null}
      <button
        type="button"
        className="danger"
        onClick={() => {
          props.onRemove();
          focusSoon(props.listId);
        }}
      >
        {t('common.remove')}
        <span className="sr-only">: {what}</span>
      </button>
    </div>
  );
}
