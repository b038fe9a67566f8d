import { describe, expect, it } from 'vitest';
import type { ChainNodeRecord } from '../../graphql/types';
import { allKeys, buildChainTree } from './chain-tree';

const node = (processorId: string, path: string[], parentProcessorId: string | null = path.length > 1 ? path[path.length - 2] : null): ChainNodeRecord => ({
  processorId,
  name: processorId.toUpperCase(),
  establishmentCountry: 'DK',
  parentProcessorId,
  linkId: parentProcessorId ? `${parentProcessorId}-${processorId}` : null,
  depth: path.length - 1,
  path,
  pathNames: path.map((p) => p.toUpperCase()),
  status: 'COMPLIANT',
  findings: [],
});

describe('buildChainTree', () => {
  it('nests the depth-first list by path', () => {
    const tree = buildChainTree([node('a', ['a']), node('b', ['a', 'b']), node('c', ['a', 'b', 'c']), node('d', ['a', 'd'])]);
    expect(tree).toHaveLength(1);
    expect(tree[0].node.processorId).toBe('a');
    expect(tree[0].children.map((c) => c.node.processorId)).toEqual(['b', 'd']);
    expect(tree[0].children[0].children.map((c) => c.node.processorId)).toEqual(['c']);
  });

  it('keeps a sub-processor shared by two parents twice, with distinct keys', () => {
    const tree = buildChainTree([node('a', ['a']), node('b', ['a', 'b']), node('x', ['a', 'b', 'x']), node('c', ['a', 'c']), node('x', ['a', 'c', 'x'])]);
    const keys = allKeys(tree);
    expect(keys).toEqual(['a', 'a/b', 'a/b/x', 'a/c', 'a/c/x']);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('falls back to parentProcessorId and depth without a path', () => {
    const bare = (id: string, parent: string | null, depth: number) => ({ ...node(id, [id], parent), path: [], depth });
    const tree = buildChainTree([bare('a', null, 0), bare('b', 'a', 1), bare('c', 'b', 2), bare('d', 'a', 1)]);
    expect(tree[0].children.map((c) => c.node.processorId)).toEqual(['b', 'd']);
    expect(tree[0].children[0].children[0].node.processorId).toBe('c');
  });

  it('never loses an orphan and answers nothing for nothing', () => {
    expect(buildChainTree([node('b', ['a', 'b'])]).map((t) => t.node.processorId)).toEqual(['b']);
    expect(buildChainTree([])).toEqual([]);
  });
});
