import { createVirtualizer } from '@tanstack/solid-virtual';

/**
 * A virtualised list of fixed-height rows inside a scrolling element (thousands of people or certificates render
 * only what is visible). Bind the returned `ref` to the scroller.
 */
export function createRowVirtualizer(count: () => number, rowHeight: number) {
  let scroller: HTMLElement | undefined;
  const virtual = createVirtualizer({
    get count() {
      return count();
    },
    getScrollElement: () => scroller ?? null,
    estimateSize: () => rowHeight,
    overscan: 10,
  });
  return { virtual, ref: (el: HTMLElement) => (scroller = el) };
}
