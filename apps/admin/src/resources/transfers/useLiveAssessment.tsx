import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { useWatch } from 'react-hook-form';
import type { TransferAssessmentRecord } from '../../graphql/types';
import { useTilsynDataProvider } from '../../providers/useTilsynDataProvider';
import { assessKey, toAssessTransferArgs } from './transfer-form';

export interface LiveAssessment {
  /** False until an importer and a country are chosen. */
  ready: boolean;
  loading: boolean;
  assessment: TransferAssessmentRecord | null;
  error: string | null;
}

const LiveAssessmentContext = createContext<LiveAssessment>({ ready: false, loading: false, assessment: null, error: null });

/** How long typing must pause before the form is assessed again. */
export const ASSESS_DEBOUNCE_MS = 300;

/**
 * Assesses the transfer form as it is typed: assessTransfer (the same rule the API applies when
 * saving) ~300 ms after the last change, once an importer and a country are set. The answer is
 * shared with the live panel and the SCC module hint.
 */
export const LiveAssessmentProvider = ({ transferId, children }: { transferId?: string | null; children: ReactNode }) => {
  const values = useWatch() as Record<string, unknown>;
  const dataProvider = useTilsynDataProvider();
  const args = toAssessTransferArgs(values ?? {}, transferId);
  const key = assessKey(args);
  const [state, setState] = useState<LiveAssessment>({ ready: false, loading: false, assessment: null, error: null });

  useEffect(() => {
    if (!args) {
      setState({ ready: false, loading: false, assessment: null, error: null });
      return undefined;
    }
    let cancelled = false;
    setState((previous) => ({ ...previous, ready: true, loading: true }));
    const timer = setTimeout(() => {
      dataProvider.assessTransfer(args).then(
        (answer) => {
          if (!cancelled) setState({ ready: true, loading: false, assessment: answer.data, error: null });
        },
        (error: unknown) => {
          if (!cancelled) setState((previous) => ({ ...previous, ready: true, loading: false, error: error instanceof Error ? error.message : String(error) }));
        },
      );
    }, ASSESS_DEBOUNCE_MS);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
    // `key` stands for `args`: a new object every render, the same facts.
  }, [key, dataProvider]);

  return <LiveAssessmentContext.Provider value={state}>{children}</LiveAssessmentContext.Provider>;
};

export const useLiveAssessment = () => useContext(LiveAssessmentContext);
