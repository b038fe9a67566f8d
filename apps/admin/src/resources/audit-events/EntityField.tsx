import type React from 'react';
import { Link as RouterLink } from 'react-router';
import { useCanAccess, useCreatePath, useRecordContext, useTranslate } from 'react-admin';
import { Link, Typography } from '@mui/material';
import { resourceForEntityType } from './changes';

const LINKABLE = ['Processor', 'Agreement', 'User', 'ApiToken', 'Transfer', 'Tia', 'AdequacyDecision', 'Country', 'Review', 'ErasureRequest', 'ProcessingActivity', 'ClientEngagement'] as const;

/** "Databehandler · 3f2a…" linking to the record when the reader may open it. */
export const EntityField = (_props: { label?: string; source?: string }) => {
  const record = useRecordContext<{ id: string; entityType?: string; entityId?: string | null }>();
  const translate = useTranslate();
  const createPath = useCreatePath();
  const resource = resourceForEntityType(record?.entityType, LINKABLE);
  const { canAccess } = useCanAccess({ resource: resource ?? 'none', action: 'show', enabled: resource !== null });
  if (!record) return null;
  const typeLabel = record.entityType ? translate(`tilsyn.audit.entity_types.${record.entityType}`, { _: record.entityType }) : '';
  // Ids are UUIDs or operation names; a short form keeps the column readable, the title has it all.
  const shortId = record.entityId && /^[0-9a-f]{8}-[0-9a-f-]{27}$/i.test(record.entityId) ? `${record.entityId.slice(0, 8)}…` : record.entityId;
  const text = shortId ? `${typeLabel} · ${shortId}` : typeLabel;
  if (resource && record.entityId && canAccess) {
    return (
      <Link
        component={RouterLink}
        variant="body2"
        to={createPath({ resource, id: record.entityId, type: 'show' })}
        onClick={(e: React.MouseEvent) => e.stopPropagation()}
        title={record.entityId}
      >
        {text}
      </Link>
    );
  }
  return (
    <Typography component="span" variant="body2" title={record.entityId ?? undefined}>
      {text}
    </Typography>
  );
};
