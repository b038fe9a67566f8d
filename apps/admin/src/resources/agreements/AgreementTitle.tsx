import { useRecordContext, useTranslate } from 'react-admin';
import type { AgreementRecord } from '../../graphql/types';

/** "Version 2: Databehandleraftale – drift" in the app bar. */
export const AgreementTitle = () => {
  const record = useRecordContext<AgreementRecord>();
  const translate = useTranslate();
  return <span>{record ? translate('tilsyn.agreements.version_label', { version: record.versionNo, title: record.title }) : ''}</span>;
};
