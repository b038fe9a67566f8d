import type { ChainNodeRecord } from '../../graphql/types';

export interface ChainTreeNode {
  /** Unique even when a sub-processor appears under two parents: the path of ids. */
  key: string;
  node: ChainNodeRecord;
  children: ChainTreeNode[];
}

/**
 * processorChain answers a flat, depth-first list (each node with parentProcessorId, depth and
 * the path of ids from the root). This nests it: a node hangs under the node whose path is its own
 * minus the last id; without a path, under the latest node one level up with the parent's id.
 * A node whose parent is missing becomes a root rather than being lost.
 */
export function buildChainTree(nodes: readonly ChainNodeRecord[]): ChainTreeNode[] {
  const roots: ChainTreeNode[] = [];
  const byKey = new Map<string, ChainTreeNode>();
  const lastAtDepth: ChainTreeNode[] = [];
  nodes.forEach((node, index) => {
    const hasPath = Array.isArray(node.path) && node.path.length > 0 && node.path[node.path.length - 1] === node.processorId;
    let parent: ChainTreeNode | undefined;
    if (hasPath && node.path.length > 1) parent = byKey.get(node.path.slice(0, -1).join('/'));
    if (!parent && node.parentProcessorId && node.depth > 0) {
      const candidate = lastAtDepth[node.depth - 1];
      if (candidate && candidate.node.processorId === node.parentProcessorId) parent = candidate;
    }
    let key = hasPath ? node.path.join('/') : parent ? `${parent.key}/${node.processorId}` : node.processorId;
    if (byKey.has(key)) key = `${key}#${index}`;
    const item: ChainTreeNode = { key, node, children: [] };
    byKey.set(key, item);
    lastAtDepth[node.depth] = item;
    lastAtDepth.length = node.depth + 1;
    if (parent) parent.children.push(item);
    else roots.push(item);
  });
  return roots;
}

/** Every key of a tree (all expanded). */
export function allKeys(tree: readonly ChainTreeNode[]): string[] {
  return tree.flatMap((item) => [item.key, ...allKeys(item.children)]);
}
