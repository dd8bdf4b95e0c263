import { createComponent, createMemo, createSignal, type Component, type JSX } from 'solid-js';

/** A component whose code is fetched on first need; `preload()` fetches it ahead (once). */
export type LazyComponent<P extends object> = Component<P> & { preload: () => Promise<void> };

/**
 * A component loaded by a dynamic `import()` the first time it is rendered (or preloaded): it
 * renders nothing until its code has arrived, then the component itself. A failed load is tried
 * again the next time the component is rendered or preloaded. Solid's own `lazy()`
 * does the same through `createResource` and Suspense, which the quiz does not otherwise ship.
 */
export function lazyComponent<P extends object>(load: () => Promise<{ default: Component<P> }>): LazyComponent<P> {
  const [loaded, setLoaded] = createSignal<Component<P>>();
  let loading: Promise<void> | undefined;
  const preload = () =>
    (loading ??= load().then(
      (module) => {
        setLoaded(() => module.default);
      },
      (error: unknown) => {
        // Offline before the offline copy holds it, or a network error: asked again next time.
        loading = undefined;
        throw error;
      },
    ));
  const Lazy = (props: P): JSX.Element => {
    preload().catch(() => {});
    return createMemo(() => {
      const Loaded = loaded();
      return Loaded && createComponent(Loaded, props);
    }) as unknown as JSX.Element;
  };
  return Object.assign(Lazy, { preload });
}
