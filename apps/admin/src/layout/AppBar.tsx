import { AppBar as RaAppBar, LoadingIndicator, Logout, TitlePortal, UserMenu, useNavigate, useTranslate, useUserMenu } from 'react-admin';
import { ListItemIcon, ListItemText, MenuItem } from '@mui/material';
import PasswordIcon from '@mui/icons-material/Password';
import { CHANGE_PASSWORD_PATH } from '../providers/authProvider';
import { LanguageSwitch } from './LanguageSwitch';
import { NotificationBell } from '../resources/notifications/NotificationBell';

const ChangePasswordMenuItem = () => {
  const translate = useTranslate();
  const navigate = useNavigate();
  const userMenu = useUserMenu();
  return (
    <MenuItem
      onClick={() => {
        userMenu?.onClose();
        navigate(CHANGE_PASSWORD_PATH);
      }}
    >
      <ListItemIcon>
        <PasswordIcon fontSize="small" />
      </ListItemIcon>
      <ListItemText>{translate('tilsyn.auth.change_password')}</ListItemText>
    </MenuItem>
  );
};

const TilsynUserMenu = () => (
  <UserMenu>
    <ChangePasswordMenuItem />
    <Logout />
  </UserMenu>
);

export const AppBar = () => (
  <RaAppBar
    userMenu={<TilsynUserMenu />}
    toolbar={
      <>
        <NotificationBell />
        <LanguageSwitch />
        <LoadingIndicator />
      </>
    }
  >
    <TitlePortal />
  </RaAppBar>
);
