import { useCallback, useEffect, useState } from 'react';
import { useNavigate } from 'react-router';
import { useGetIdentity, useLocaleState, useNotify, useTranslate } from 'react-admin';
import { Badge, Box, Button, Divider, IconButton, LinearProgress, ListItemText, Menu, MenuItem, Tooltip, Typography } from '@mui/material';
import NotificationsIcon from '@mui/icons-material/Notifications';
import { NOTIFICATIONS_CHANGED } from '../../components/ChangeDialogs';
import { useFormatDateTime } from '../../components/useFormatDateTime';
import type { NotificationRecord } from '../../graphql/types';
import { asLocale } from '../../providers/i18nProvider';
import { useTilsynDataProvider } from '../../providers/useTilsynDataProvider';
import { badgeText, notificationPath, notificationTitle } from './notification-links';

/** How often the unread count is asked again; also after every change this app announces. */
const POLL_MS = 60_000;
const LIST_LIMIT = 20;

/** The bell in the app bar: unread count, the latest notifications, each linking to its subject. */
export const NotificationBell = () => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const formatDateTime = useFormatDateTime();
  const dataProvider = useTilsynDataProvider();
  const navigate = useNavigate();
  const notify = useNotify();
  const { identity } = useGetIdentity();
  const [count, setCount] = useState(0);
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const [items, setItems] = useState<NotificationRecord[] | null>(null);
  const [loading, setLoading] = useState(false);
  const [failed, setFailed] = useState(false);

  const refreshCount = useCallback(() => {
    dataProvider.getMyUnreadNotificationCount().then(
      (answer) => setCount(answer.data),
      () => undefined,
    );
  }, [dataProvider]);

  useEffect(() => {
    if (!identity) return undefined;
    refreshCount();
    const timer = setInterval(refreshCount, POLL_MS);
    window.addEventListener(NOTIFICATIONS_CHANGED, refreshCount);
    return () => {
      clearInterval(timer);
      window.removeEventListener(NOTIFICATIONS_CHANGED, refreshCount);
    };
  }, [identity, refreshCount]);

  const load = async () => {
    setLoading(true);
    setFailed(false);
    try {
      setItems((await dataProvider.getMyNotifications({ limit: LIST_LIMIT })).data);
    } catch {
      setFailed(true);
    } finally {
      setLoading(false);
    }
  };

  const openMenu = (event: React.MouseEvent<HTMLElement>) => {
    setAnchor(event.currentTarget);
    void load();
  };

  const markAllRead = async () => {
    try {
      await dataProvider.markNotificationsRead();
      setCount(0);
      await load();
    } catch (error) {
      notify(error instanceof Error ? error.message : 'ra.notification.http_error', { type: 'error' });
    }
  };

  const openItem = async (n: NotificationRecord) => {
    setAnchor(null);
    if (!n.readAt) {
      try {
        await dataProvider.markNotificationsRead([n.id]);
      } catch {
        /* the link still opens; the count is asked again below */
      }
      refreshCount();
    }
    const path = notificationPath(n);
    if (path) navigate(path);
  };

  if (!identity) return null;
  const label = translate('tilsyn.notifications.open', { smart_count: count });
  return (
    <>
      <Tooltip title={label}>
        <IconButton color="inherit" onClick={openMenu} aria-label={label} aria-haspopup="menu" data-testid="notification-bell" data-count={count}>
          <Badge badgeContent={badgeText(count)} color="error" invisible={count === 0}>
            <NotificationsIcon />
          </Badge>
        </IconButton>
      </Tooltip>
      <Menu anchorEl={anchor} open={anchor !== null} onClose={() => setAnchor(null)} slotProps={{ paper: { sx: { width: 420, maxWidth: '95vw' } } }} data-testid="notification-menu">
        <Box sx={{ px: 2, py: 1, display: 'flex', alignItems: 'center', justifyContent: 'space-between' }}>
          <Typography variant="subtitle1" component="h2">
            {translate('tilsyn.notifications.title')}
          </Typography>
          <Button size="small" onClick={markAllRead} disabled={count === 0} data-testid="notifications-mark-all-read">
            {translate('tilsyn.notifications.mark_all_read')}
          </Button>
        </Box>
        <Divider />
        {loading && <LinearProgress />}
        {failed && (
          <Typography variant="body2" color="error" sx={{ px: 2, py: 1 }}>
            {translate('tilsyn.notifications.load_failed')}
          </Typography>
        )}
        {items && items.length === 0 && !loading && (
          <Typography variant="body2" color="text.secondary" sx={{ px: 2, py: 1 }}>
            {translate('tilsyn.notifications.none')}
          </Typography>
        )}
        {(items ?? []).map((n) => (
          <MenuItem key={n.id} onClick={() => void openItem(n)} data-testid={`notification-${n.id}`} data-read={n.readAt ? 'true' : 'false'} sx={{ whiteSpace: 'normal', alignItems: 'flex-start' }}>
            <ListItemText
              primary={notificationTitle(n, asLocale(locale))}
              secondary={`${formatDateTime(n.createdAt)}${n.readAt ? '' : ` · ${translate('tilsyn.notifications.unread')}`}`}
              slotProps={{ primary: { sx: { fontWeight: n.readAt ? 400 : 600 }, variant: 'body2' } }}
            />
          </MenuItem>
        ))}
      </Menu>
    </>
  );
};
