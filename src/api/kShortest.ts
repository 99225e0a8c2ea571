// The k shortest chains between two nodes, shortest first (Yen's algorithm),
// built from the store's own shortest-path search: each further chain is the
// shortest that leaves an earlier one at some node (its "spur") and then
// avoids the root it came by and the next nodes the earlier chains took from
// there. Chains are told apart by their nodes: two chains through the same
// nodes by other relationships are one chain. A next node that is the target
// itself cannot be avoided, so a chain that differs from an earlier one only
// in its last hop is not looked for. Avoiding a next node rather than the one
// hop to it is stricter than Yen's: a chain that comes back to that node by
// another way is found later or not at all, so the answer is k short chains,
// shortest first, the very shortest among them.
//
//   A: 赵丽君 → 会议#1 → 王敬东    (2 hops)
//   spur at 赵丽君, avoiding 会议#1:      赵丽君 → 北京市总工会 → 王敬东
//   spur at 会议#1: its next node is the target, no chain to look for
//   → [A, 赵丽君 → 北京市总工会 → 王敬东, …]

/** A chain: its nodes in order and one hop between each two. */
export interface Chain<H> { nodes: string[]; hops: H[] }

/** The store's shortest chain from `from` to `to` in at most `maxHops`, passing through no node of `avoid`. */
export type ShortestSearch<H> = (from: string, to: string, maxHops: number, avoid: readonly string[]) => Promise<Chain<H> | null>;

export async function kShortestChains<H>(
  search: ShortestSearch<H>, from: string, to: string, k: number, maxHops: number, avoid: readonly string[] = [],
): Promise<Chain<H>[]> {
  const first = await search(from, to, maxHops, avoid);
  if (!first) return [];
  const found: Chain<H>[] = [first];
  const candidates: Chain<H>[] = [];
  const seen = new Set([key(first)]);
  while (found.length < k) {
    const last = found[found.length - 1]!;
    for (let i = 0; i < last.nodes.length - 1; i++) {
      const root = last.nodes.slice(0, i + 1);
      const spur = root[i]!;
      const next = new Set(found.filter((c) => sameStart(c.nodes, root)).map((c) => c.nodes[i + 1]!));
      if (next.has(to)) continue;
      const budget = maxHops - i;
      const tail = await search(spur, to, budget, [...avoid, ...root.slice(0, -1), ...next]);
      if (!tail) continue;
      const chain: Chain<H> = { nodes: [...root, ...tail.nodes.slice(1)], hops: [...last.hops.slice(0, i), ...tail.hops] };
      // The root's nodes are avoided, so the chain has no loop.
      const id = key(chain);
      if (seen.has(id)) continue;
      seen.add(id);
      candidates.push(chain);
    }
    if (!candidates.length) break;
    candidates.sort(byLength);
    found.push(candidates.shift()!);
  }
  // Avoiding a whole next node (not only the hop to it) can leave a shorter
  // chain to be found after a longer one.
  return found.sort(byLength);
}

const key = (c: Chain<unknown>) => c.nodes.join('\u0000');
const sameStart = (nodes: readonly string[], root: readonly string[]) => root.every((id, i) => nodes[i] === id);
// Shorter first; of equal length, in the order of their node ids, so the answer is the same every time.
const byLength = (a: Chain<unknown>, b: Chain<unknown>) => a.hops.length - b.hops.length || (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0);
