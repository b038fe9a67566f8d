import { useFieldValue, useTranslate, type FieldProps } from 'react-admin';
import { Link, Typography } from '@mui/material';
import { isWebAddress } from '@tilsyn/domain';

/** An http(s) address only becomes a link when it is one: a `javascript:` URL stays inert text (XSS). */
export function isSafeHttpUrl(value: unknown): value is string {
  return typeof value === 'string' && /^https?:\/\//i.test(value) && isWebAddress(value);
}

export const SafeUrlField = (props: FieldProps) => {
  const value = useFieldValue(props);
  const translate = useTranslate();
  if (typeof value !== 'string' || value === '') return null;
  if (!isSafeHttpUrl(value)) {
    return (
      <Typography component="span" variant="body2" title={translate('tilsyn.processors.unsafe_website')}>
        {value}
      </Typography>
    );
  }
  return (
    <Link href={value} target="_blank" rel="noopener noreferrer nofollow" variant="body2">
      {value}
    </Link>
  );
};
