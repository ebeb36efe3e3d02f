/** Focus an element after React has rendered the change that creates or moves it. */
export function focusSoon(id: string): void {
  requestAnimationFrame(() => document.getElementById(id)?.focus());
}
