import type { ReactElement, ReactNode } from 'react';
import { Labeled, useTranslate } from 'react-admin';
import { Box, Grid, Typography } from '@mui/material';

/** A titled section of a record's page, as the form is divided (the letters of Art. 30). */
export const Section = ({ title, help, children }: { title: string; help?: string; children: ReactNode }) => {
  const translate = useTranslate();
  return (
    <Box component="section" sx={{ mb: 3 }}>
      <Typography variant="h6" component="h2" gutterBottom>
        {translate(title)}
      </Typography>
      {help && (
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1, maxWidth: 800 }}>
          {translate(help)}
        </Typography>
      )}
      <Grid container spacing={1}>
        {children}
      </Grid>
    </Box>
  );
};

/** One labelled field of a section. */
export const Cell = ({ children, size = 12, label }: { children: ReactElement; size?: number; label?: string }) => (
  <Grid size={{ xs: 12, md: size }}>
    <Labeled label={label}>{children}</Labeled>
  </Grid>
);
