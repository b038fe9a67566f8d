import type { ReactElement, ReactNode } from 'react';
import { useTranslate } from 'react-admin';
import { Grid, Typography } from '@mui/material';

/** A row of a long form: inputs side by side on wide screens, at most 960 px wide. */
export const FormRow = ({ children }: { children: ReactNode }) => (
  <Grid container columnSpacing={2} sx={{ width: '100%', maxWidth: 960 }}>
    {children}
  </Grid>
);

/** One input of a FormRow: the whole row on a phone, `md` twelfths from the md breakpoint. */
export const FormCell = ({ children, md = 12 }: { children: ReactElement; md?: number }) => <Grid size={{ xs: 12, md }}>{children}</Grid>;

/** A section heading inside a FormRow, with an optional line of help. */
export const FormHeading = ({ text, help }: { text: string; help?: string }) => {
  const translate = useTranslate();
  return (
    <Grid size={12} sx={{ mt: 1 }}>
      <Typography variant="h6" component="h2">
        {translate(text)}
      </Typography>
      {help && (
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
          {translate(help)}
        </Typography>
      )}
    </Grid>
  );
};
