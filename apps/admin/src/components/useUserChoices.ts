import { useLoaded } from './useLoaded';
import { useTilsynDataProvider } from '../providers/useTilsynDataProvider';
import type { UserChoice } from '../graphql/types';

const MAX_AGE_MS = 60_000;
let cached: { at: number; request: Promise<UserChoice[]> } | null = null;

/** Active users as { id, name }, asked once a minute at most (owner pickers, "assessed by"). */
export function useUserChoices(): { choices: UserChoice[]; loading: boolean; nameOf: (id: string | null | undefined) => string | null } {
  const dataProvider = useTilsynDataProvider();
  const { data, loading } = useLoaded(() => {
    if (!cached || Date.now() - cached.at > MAX_AGE_MS) {
      const request = dataProvider.getUserChoices().then((answer) => answer.data);
      cached = { at: Date.now(), request };
      request.catch(() => {
        if (cached?.request === request) cached = null;
      });
    }
    return cached.request;
  }, []);
  const choices = data ?? [];
  return { choices, loading, nameOf: (id) => (id ? (choices.find((c) => c.id === id)?.name ?? null) : null) };
}
