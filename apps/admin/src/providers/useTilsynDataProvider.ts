import { useDataProvider } from 'react-admin';
import type { TilsynDataProvider } from './dataProvider';

/** useDataProvider typed with the custom methods. */
export const useTilsynDataProvider = () => useDataProvider<TilsynDataProvider>();
