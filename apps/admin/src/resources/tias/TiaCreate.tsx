import { useMemo } from 'react';
import { useLocation } from 'react-router';
import { Create } from 'react-admin';
import { guaranteeRows, transferIdsFromLocation } from './tia-rules';
import { TiaForm } from './TiaInputs';

/** A new TIA (version 1, draft) for the transfers named by `?transferId=` or the create link's state. */
export const TiaCreate = () => {
  const location = useLocation();
  const defaults = useMemo(
    () => ({ transferIds: transferIdsFromLocation(location.search, location.state), guarantees: guaranteeRows([]), measures: [], reevaluationMonths: 12 }),
    [location.search, location.state],
  );
  return (
    <Create redirect="show">
      <TiaForm defaultValues={defaults} creating />
    </Create>
  );
};
