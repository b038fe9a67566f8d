import { useMemo, useState } from 'react';
import { Link as RouterLink } from 'react-router';
import { useCreatePath, useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import { Alert, Box, IconButton, LinearProgress, Link, Stack, Table, TableBody, TableCell, TableHead, TableRow, TextField, Typography } from '@mui/material';
import ExpandMoreIcon from '@mui/icons-material/ExpandMore';
import ChevronRightIcon from '@mui/icons-material/ChevronRight';
import { countryName, isIsoDate } from '@tilsyn/domain';
import { FindingsTable, pathText } from '../../components/FindingsTable';
import { ProcessorStatusChip } from '../../components/StatusChips';
import { useLoaded } from '../../components/useLoaded';
import type { ChainNodeRecord, ProcessorRecord } from '../../graphql/types';
import { asLocale } from '../../providers/i18nProvider';
import { useTilsynDataProvider } from '../../providers/useTilsynDataProvider';
import { buildChainTree, type ChainTreeNode } from './chain-tree';

interface TreeProps {
  items: ChainTreeNode[];
  collapsed: ReadonlySet<string>;
  toggle: (key: string) => void;
}

const NodeLabel = ({ node }: { node: ChainNodeRecord }) => {
  const createPath = useCreatePath();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  return (
    <Stack direction="row" spacing={1} useFlexGap sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
      <Link component={RouterLink} to={createPath({ resource: 'Processor', id: node.processorId, type: 'show' })} sx={{ fontWeight: 500 }}>
        {node.name}
      </Link>
      <Typography variant="body2" color="text.secondary" title={node.establishmentCountry}>
        {node.establishmentCountry ? countryName(node.establishmentCountry, asLocale(locale)) : ''}
      </Typography>
      <ProcessorStatusChip status={node.status} testId="node-status" />
      {node.findings.length > 0 && (
        <Typography variant="caption" color="text.secondary">
          {translate('tilsyn.chain.findings_count', { smart_count: node.findings.length })}
        </Typography>
      )}
    </Stack>
  );
};

/** Nested, indented lists with expand/collapse (MUI's tree view is not part of the stack). */
const Tree = ({ items, collapsed, toggle }: TreeProps) => {
  const translate = useTranslate();
  return (
    <Box component="ul" sx={{ listStyle: 'none', m: 0, pl: 0 }}>
      {items.map((item) => {
        const open = !collapsed.has(item.key);
        const hasChildren = item.children.length > 0;
        return (
          <Box
            component="li"
            key={item.key}
            data-depth={item.node.depth}
            data-testid={`chain-node-${item.node.processorId}`}
            data-status={item.node.status}
            sx={{ mb: 0.5 }}
          >
            <Stack direction="row" spacing={0.5} sx={{ alignItems: 'flex-start' }}>
              <Box sx={{ width: 34, flexShrink: 0 }}>
                {hasChildren && (
                  <IconButton
                    size="small"
                    onClick={() => toggle(item.key)}
                    aria-expanded={open}
                    aria-label={translate(open ? 'tilsyn.chain.collapse' : 'tilsyn.chain.expand', { name: item.node.name })}
                  >
                    {open ? <ExpandMoreIcon fontSize="small" /> : <ChevronRightIcon fontSize="small" />}
                  </IconButton>
                )}
              </Box>
              <Box sx={{ flex: 1, pt: 0.5, minWidth: 0 }}>
                <NodeLabel node={item.node} />
                {item.node.findings.length > 0 && (
                  <Box sx={{ mt: 0.5, mb: 1 }}>
                    <FindingsTable findings={item.node.findings} testIdPrefix="chain-finding" ariaLabel={item.node.name} />
                  </Box>
                )}
              </Box>
            </Stack>
            {hasChildren && open && (
              <Box sx={{ pl: 3, ml: 2, borderLeft: 1, borderColor: 'divider' }}>
                <Tree items={item.children} collapsed={collapsed} toggle={toggle} />
              </Box>
            )}
          </Box>
        );
      })}
    </Box>
  );
};

/** Every sub-processor below, flat, with where it sits (the path of names). */
const FlatList = ({ nodes }: { nodes: ChainNodeRecord[] }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const createPath = useCreatePath();
  const below = nodes.filter((n) => n.depth > 0);
  if (below.length === 0) {
    return (
      <Typography variant="body2" color="text.secondary">
        {translate('tilsyn.chain.empty')}
      </Typography>
    );
  }
  return (
    <Box sx={{ overflowX: 'auto', contain: 'inline-size' }}>
      <Table size="small" aria-label={translate('tilsyn.chain.all_subprocessors')} data-testid="chain-flat">
        <TableHead>
          <TableRow>
            <TableCell>{translate('resources.Processor.fields.name')}</TableCell>
            <TableCell>{translate('resources.Processor.fields.establishmentCountry')}</TableCell>
            <TableCell>{translate('resources.Processor.fields.status')}</TableCell>
            <TableCell>{translate('tilsyn.chain.depth')}</TableCell>
            <TableCell>{translate('tilsyn.compliance.path')}</TableCell>
            <TableCell>{translate('resources.SubprocessorLink.fields.findings')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {below.map((n, i) => (
            <TableRow key={`${n.path.join('/')}-${i}`} data-testid={`chain-flat-${n.processorId}`}>
              <TableCell>
                <Link component={RouterLink} to={createPath({ resource: 'Processor', id: n.processorId, type: 'show' })}>
                  {n.name}
                </Link>
              </TableCell>
              <TableCell>{n.establishmentCountry ? countryName(n.establishmentCountry, asLocale(locale)) : ''}</TableCell>
              <TableCell>
                <ProcessorStatusChip status={n.status} />
              </TableCell>
              <TableCell>{n.depth}</TableCell>
              <TableCell>{pathText(n.pathNames)}</TableCell>
              <TableCell>{n.findings.length}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Box>
  );
};

/** The processing chain below the processor (processorChain), as a tree and as a flat list, on a date. */
export const ProcessorChain = () => {
  const record = useRecordContext<ProcessorRecord>();
  const translate = useTranslate();
  const dataProvider = useTilsynDataProvider();
  const [asOf, setAsOf] = useState('');
  const day = isIsoDate(asOf) ? asOf : '';
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(new Set());
  const { data, error, loading } = useLoaded(
    () => (record ? dataProvider.getProcessorChain(record.id, day || null).then((answer) => answer.data) : Promise.resolve([])),
    [record, day],
  );
  const nodes = useMemo(() => data ?? [], [data]);
  const tree = useMemo(() => buildChainTree(nodes), [nodes]);
  const toggle = (key: string) =>
    setCollapsed((previous) => {
      const next = new Set(previous);
      if (next.has(key)) next.delete(key);
      else next.add(key);
      return next;
    });
  return (
    <Box sx={{ width: '100%' }}>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center', mb: 2 }}>
        <TextField
          type="date"
          size="small"
          sx={{ width: 240 }}
          label={translate('tilsyn.compliance.as_of')}
          value={asOf}
          onChange={(event) => setAsOf(event.target.value)}
          helperText={translate('tilsyn.compliance.as_of_help')}
          slotProps={{ inputLabel: { shrink: true }, htmlInput: { 'data-testid': 'chain-as-of' } }}
        />
      </Stack>
      {loading && <LinearProgress sx={{ mb: 2 }} />}
      {error && !loading && <Alert severity="error">{error.message}</Alert>}
      <Typography variant="h6" component="h2" gutterBottom>
        {translate('tilsyn.chain.title')}
      </Typography>
      <Box component="nav" aria-label={translate('tilsyn.chain.title')} data-testid="chain-tree" sx={{ mb: 3 }}>
        <Tree items={tree} collapsed={collapsed} toggle={toggle} />
      </Box>
      <Typography variant="h6" component="h2" gutterBottom>
        {translate('tilsyn.chain.all_subprocessors')}
      </Typography>
      {data && <FlatList nodes={nodes} />}
    </Box>
  );
};
