import { useEffect, type ReactNode } from 'react';
import { Layout as RaLayout, Navigate, useGetIdentity, useLocaleState, useLocation } from 'react-admin';
import { CHANGE_PASSWORD_PATH } from '../providers/authProvider';
import { AppBar } from './AppBar';
import { Menu } from './Menu';

/** A user signed in with a temporary password goes to the change-password page before anything else. */
const MustChangePasswordGuard = ({ children }: { children: ReactNode }) => {
  const { identity, isPending } = useGetIdentity();
  const location = useLocation();
  // Until we know, render nothing: the API refuses every other call while a password change is due.
  if (isPending) return null;
  if (identity?.mustChangePassword && location.pathname !== CHANGE_PASSWORD_PATH) {
    return <Navigate to={CHANGE_PASSWORD_PATH} replace />;
  }
  return <>{children}</>;
};

/** Keeps <html lang> in step with the chosen language (screen readers, hyphenation). */
const DocumentLanguage = () => {
  const [locale] = useLocaleState();
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  return null;
};

export const Layout = ({ children }: { children: ReactNode }) => (
  // Long menu labels ("Databehandleraftaler", "Data processing agreements") wrap instead of being cut off;
  // a wide table scrolls inside its own box instead of widening the page past the screen (min-width 0).
  <RaLayout appBar={AppBar} menu={Menu} sx={{ '& .RaMenuItemLink-root .MuiTypography-noWrap': { whiteSpace: 'normal', overflow: 'visible', overflowWrap: 'anywhere', hyphens: 'auto' }, '&, & .RaLayout-appFrame, & .RaLayout-contentWithSidebar, & .RaLayout-content': { minWidth: 0 } }}>
    <DocumentLanguage />
    <MustChangePasswordGuard>{children}</MustChangePasswordGuard>
  </RaLayout>
);
