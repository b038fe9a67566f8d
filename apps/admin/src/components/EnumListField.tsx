import { useFieldValue, useTranslate, type FieldProps } from 'react-admin';
import { Chip, Stack, Typography } from '@mui/material';

/** A list of enum codes (e.g. data categories) as translated chips; `emptyText` when there are none. */
export const EnumListField = (props: FieldProps & { group: string; emptyText?: string; highlight?: readonly string[] }) => {
  const value = useFieldValue(props);
  const translate = useTranslate();
  const list = Array.isArray(value) ? (value as string[]) : [];
  if (list.length === 0) {
    return (
      <Typography component="span" variant="body2">
        {props.emptyText ?? ''}
      </Typography>
    );
  }
  return (
    <Stack direction="row" spacing={0.5} useFlexGap sx={{ flexWrap: 'wrap' }}>
      {list.map((code) => (
        <Chip
          key={code}
          size="small"
          variant="outlined"
          color={props.highlight?.includes(code) ? 'warning' : 'default'}
          label={translate(`tilsyn.enums.${props.group}.${code}`, { _: code })}
          data-value={code}
        />
      ))}
    </Stack>
  );
};
