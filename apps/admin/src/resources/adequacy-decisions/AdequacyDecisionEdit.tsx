import { Edit, ShowButton, TopToolbar, useRecordContext } from 'react-admin';
import type { AdequacyDecisionRecord } from '../../graphql/types';
import { AdequacyDecisionForm } from './AdequacyDecisionForm';

const Actions = () => (
  <TopToolbar>
    <ShowButton />
  </TopToolbar>
);

const Form = () => {
  const record = useRecordContext<AdequacyDecisionRecord>();
  return record ? <AdequacyDecisionForm record={record} /> : null;
};

/** The form saves itself (preview, confirm, save, result): Edit only loads the record. */
export const AdequacyDecisionEdit = () => (
  <Edit actions={<Actions />} mutationMode="pessimistic">
    <Form />
  </Edit>
);
