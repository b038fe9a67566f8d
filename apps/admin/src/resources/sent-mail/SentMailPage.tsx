import { Fragment, useEffect, useState } from 'react';
import { Title, useTranslate } from 'react-admin';
import {
  Alert,
  Box,
  Card,
  CardContent,
  Collapse,
  IconButton,
  LinearProgress,
  TextField,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TablePagination,
  TableRow,
  Typography,
} from '@mui/material';
import KeyboardArrowDownIcon from '@mui/icons-material/KeyboardArrowDown';
import KeyboardArrowUpIcon from '@mui/icons-material/KeyboardArrowUp';
import { useFormatDateTime } from '../../components/useFormatDateTime';
import { useLoaded } from '../../components/useLoaded';
import type { SinkMailRecord } from '../../graphql/types';
import { useTilsynDataProvider } from '../../providers/useTilsynDataProvider';

const PER_PAGE = 25;

const MailRow = ({ mail }: { mail: SinkMailRecord }) => {
  const translate = useTranslate();
  const formatDateTime = useFormatDateTime();
  const [open, setOpen] = useState(false);
  const bodyId = `sent-mail-body-${mail.id}`;
  const label = translate(open ? 'tilsyn.sent_mail.hide_body' : 'tilsyn.sent_mail.show_body', { subject: mail.subject });
  return (
    <Fragment>
      <TableRow data-testid="sent-mail-row" data-id={mail.id} hover onClick={() => setOpen(!open)} sx={{ cursor: 'pointer', '& > td': { borderBottom: open ? 'unset' : undefined } }}>
        <TableCell padding="checkbox">
          <IconButton
            size="small"
            aria-label={label}
            aria-expanded={open}
            aria-controls={bodyId}
            onClick={(e) => {
              e.stopPropagation();
              setOpen(!open);
            }}
            data-testid="sent-mail-toggle"
          >
            {open ? <KeyboardArrowUpIcon /> : <KeyboardArrowDownIcon />}
          </IconButton>
        </TableCell>
        <TableCell sx={{ whiteSpace: 'nowrap' }}>{formatDateTime(mail.receivedAt)}</TableCell>
        <TableCell sx={{ wordBreak: 'break-all' }}>{mail.mailFrom}</TableCell>
        <TableCell sx={{ wordBreak: 'break-all' }} data-testid="sent-mail-to">
          {mail.recipients.join(', ')}
        </TableCell>
        <TableCell data-testid="sent-mail-subject">{mail.subject}</TableCell>
      </TableRow>
      <TableRow>
        <TableCell colSpan={5} sx={{ py: 0 }}>
          <Collapse in={open} timeout="auto" unmountOnExit>
            <Box
              component="pre"
              id={bodyId}
              data-testid="sent-mail-body"
              sx={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word', fontFamily: 'monospace', fontSize: 13, m: 0, my: 1.5, p: 1.5, bgcolor: 'action.hover', borderRadius: 1 }}
            >
              {mail.body}
            </Box>
          </Collapse>
        </TableCell>
      </TableRow>
    </Fragment>
  );
};

/**
 * What Tilsyn's mail left with, newest first (mail.read: the administrator, the DPO and the
 * auditor). In demo mode the mail goes to an SMTP sink embedded in the app on loopback, and is
 * read back here; nothing leaves the machine.
 */
export const SentMailPage = () => {
  const translate = useTranslate();
  const dataProvider = useTilsynDataProvider();
  const [page, setPage] = useState(1);
  const [search, setSearch] = useState('');
  const [q, setQ] = useState('');
  // Search as the user types, once they pause; a new search starts on the first page.
  useEffect(() => {
    const timer = setTimeout(() => {
      setQ(search);
      setPage(1);
    }, 300);
    return () => clearTimeout(timer);
  }, [search]);
  const mails = useLoaded(() => dataProvider.getSinkMails({ page, perPage: PER_PAGE, q }), [page, q]);
  const rows = mails.data?.data ?? [];
  return (
    <Card sx={{ mt: 2 }}>
      <Title title={translate('tilsyn.sent_mail.title')} />
      <CardContent>
        <Typography variant="h5" component="h1" gutterBottom>
          {translate('tilsyn.sent_mail.title')}
        </Typography>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 2, maxWidth: 800 }} data-testid="sent-mail-intro">
          {translate('tilsyn.sent_mail.intro')}
        </Typography>
        <TextField
          label={translate('tilsyn.sent_mail.search')}
          helperText={translate('tilsyn.sent_mail.search_help')}
          value={search}
          onChange={(e) => setSearch(e.target.value)}
          size="small"
          sx={{ mb: 2, width: 420, maxWidth: '100%' }}
          slotProps={{ htmlInput: { 'data-testid': 'sent-mail-search', maxLength: 200 } }}
        />
        {mails.loading && <LinearProgress />}
        {mails.error && !mails.data && <Alert severity="error">{mails.error.message}</Alert>}
        {mails.data && rows.length === 0 && (
          <Typography variant="body2" color="text.secondary" data-testid="sent-mail-none">
            {translate(q.trim() ? 'tilsyn.sent_mail.no_match' : 'tilsyn.sent_mail.none')}
          </Typography>
        )}
        {rows.length > 0 && (
          <Box sx={{ overflowX: 'auto' }}>
            <Table size="small" aria-label={translate('tilsyn.sent_mail.title')} data-testid="sent-mail">
              <TableHead>
                <TableRow>
                  <TableCell padding="checkbox" />
                  <TableCell>{translate('tilsyn.sent_mail.received_at')}</TableCell>
                  <TableCell>{translate('tilsyn.sent_mail.from')}</TableCell>
                  <TableCell>{translate('tilsyn.sent_mail.to')}</TableCell>
                  <TableCell>{translate('tilsyn.sent_mail.subject')}</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {rows.map((m) => (
                  <MailRow key={m.id} mail={m} />
                ))}
              </TableBody>
            </Table>
            <TablePagination
              component="div"
              count={mails.data?.total ?? 0}
              page={page - 1}
              rowsPerPage={PER_PAGE}
              rowsPerPageOptions={[PER_PAGE]}
              onPageChange={(_e, p) => setPage(p + 1)}
              labelDisplayedRows={({ from, to, count }) => translate('ra.navigation.page_range_info', { offsetBegin: from, offsetEnd: to, total: count })}
              getItemAriaLabel={(type) => translate(`ra.navigation.${type}`)}
            />
          </Box>
        )}
      </CardContent>
    </Card>
  );
};
