import { LocalesMenuButton } from 'react-admin';
import { Box } from '@mui/material';
import { LOCALES } from '../providers/i18nProvider';

/**
 * react-admin's language menu (it persists the choice in the store). The button's accessible
 * name is the current language ("Dansk" / "English"); the wrapper gives e2e tests a stable handle.
 */
export const LanguageSwitch = () => (
  <Box component="span" data-testid="language-switch" sx={{ display: 'inline-flex' }}>
    <LocalesMenuButton languages={LOCALES} />
  </Box>
);
