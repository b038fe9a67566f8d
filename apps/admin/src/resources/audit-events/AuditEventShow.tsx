import { Labeled, NumberField, Show, SimpleShowLayout, TextField, useRecordContext } from 'react-admin';
import { ActorField } from '../../components/ActorField';
import { ChangeList } from '../../components/ChangeList';
import { DateTimeField } from '../../components/DateTimeField';
import { EntityField } from './EntityField';
import { ActionField } from './ActionField';
import { resourceForEntityType } from './changes';

const Changes = (_props: { label?: string }) => {
  const record = useRecordContext<{ id: string; changes?: string | null; entityType?: string }>();
  if (!record) return null;
  const resource = resourceForEntityType(record.entityType, ['Processor', 'Agreement', 'SubprocessorLink', 'User', 'ApiToken']) ?? undefined;
  return <ChangeList changes={record.changes} resource={resource} withContext />;
};

const mono = { fontFamily: 'monospace', wordBreak: 'break-all' } as const;

export const AuditEventShow = () => (
  <Show actions={false}>
    <SimpleShowLayout>
      <NumberField source="seq" />
      <DateTimeField source="occurredAt" />
      <Labeled label="resources.AuditEvent.fields.actorName">
        <ActorField />
      </Labeled>
      <TextField source="actorId" emptyText="—" />
      <Labeled label="resources.AuditEvent.fields.action">
        <ActionField />
      </Labeled>
      <Labeled label="resources.AuditEvent.fields.entity">
        <EntityField />
      </Labeled>
      <Labeled label="resources.AuditEvent.fields.changes">
        <Changes />
      </Labeled>
      <TextField source="requestId" emptyText="—" sx={mono} />
      <TextField source="hash" sx={mono} />
      <TextField source="previousHash" sx={mono} />
    </SimpleShowLayout>
  </Show>
);
