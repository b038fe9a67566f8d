import { useEffect, useRef, type ReactNode } from 'react';

/**
 * Puts `data-testid` on the text input inside a react-admin input whose own props cannot reach it
 * (AutocompleteInput inside a ReferenceInput renders its <input> late and owns its props). The
 * wrapper takes no space in the layout.
 */
export const InputTestId = ({ testId, children }: { testId: string; children: ReactNode }) => {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const root = ref.current;
    if (!root) return undefined;
    const mark = () => {
      const input = root.querySelector<HTMLInputElement>('input:not([type="hidden"]):not([aria-hidden="true"])');
      if (input && input.getAttribute('data-testid') !== testId) input.setAttribute('data-testid', testId);
    };
    mark();
    const observer = new MutationObserver(mark);
    observer.observe(root, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, [testId]);
  return (
    <div ref={ref} style={{ display: 'contents' }}>
      {children}
    </div>
  );
};
