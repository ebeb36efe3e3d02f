/** A table that may scroll sideways on a narrow screen: a region, named, that the keyboard can reach. */
import type { ReactNode } from 'react';

export function TableRegion(props: { labelledBy?: string; label?: string; children: ReactNode }) {
  const name = props.labelledBy
    ? { 'aria-labelledby': props.labelledBy }
    : props.label
      ? { 'aria-label': props.label }
      : {};
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard
    <section className="table-wrap" tabIndex={0} {...name}>
      {props.children}
    </section>
  );
}
