/**
 * Screens that load when first shown. Each role's screens are one module (`client/screens.ts`,
 * `professional/screens.ts`, `organizer/screens.ts`), loaded with `import()` so that it becomes its
 * own chunk: a client's phone loads the client's screens, never the organizer's editors.
 * `ScreenBoundary` shows "loading" while a chunk arrives, and, when it cannot arrive (the network
 * is gone, or a new version of the app replaced the chunk), says so and offers to reload the page.
 */
import {
  Component,
  type ComponentType,
  type LazyExoticComponent,
  lazy,
  type ReactNode,
  Suspense,
} from 'react';
import { useTranslation } from 'react-i18next';
import { Loading } from './LoadStatus.js';

/** A screen's code could not be fetched. Other errors pass the boundary as before. */
export class ScreenLoadError extends Error {
  constructor(cause: unknown) {
    super('The code of the screen could not be loaded', { cause });
    this.name = 'ScreenLoadError';
  }
}

/**
 * The component `name` of the module that `load` imports, loaded on first render. Calls of one
 * `load` share the module, so a role's screens arrive together, once.
 */
// biome-ignore lint/suspicious/noExplicitAny: the props are each screen's own, as in React's `lazy`.
export function lazyScreen<K extends string, M extends Record<K, ComponentType<any>>>(
  load: () => Promise<M>,
  name: K,
): LazyExoticComponent<M[K]> {
  return lazy(() =>
    load().then(
      (m) => ({ default: m[name] }),
      (e: unknown) => {
        throw new ScreenLoadError(e);
      },
    ),
  );
}

function LoadFailed() {
  const { t } = useTranslation();
  return (
    <div role="alert" className="notice notice-danger">
      <p>{t('problem.network')}</p>
      <p>
        {/* A failed import is remembered by the browser and by React: only a new page load tries again. */}
        <button type="button" onClick={() => window.location.reload()}>
          {t('common.reloadPage')}
        </button>
      </p>
    </div>
  );
}

class LoadErrorBoundary extends Component<{ children: ReactNode }, { error: unknown }> {
  override state: { error: unknown } = { error: null };

  static getDerivedStateFromError(error: unknown) {
    return { error };
  }

  override render() {
    const { error } = this.state;
    if (error === null) return this.props.children;
    if (error instanceof ScreenLoadError) return <LoadFailed />;
    // Not ours to handle: rethrown, it goes on to the root as it would without this boundary.
    throw error;
  }
}

/** Around the routed screen: "loading" while its chunk arrives, the failure if it cannot. */
export function ScreenBoundary({ children }: { children: ReactNode }) {
  return (
    <LoadErrorBoundary>
      <Suspense fallback={<Loading />}>{children}</Suspense>
    </LoadErrorBoundary>
  );
}
