// The explore page: search a name, draw its neighbourhood with Cytoscape.js,
// click a node to expand it, an edge to read the sentence that states it and
// open its article; a time range and relationship types filter what is drawn.
// `window.explore` reports what is drawn (read-only), for whoever drives the
// page from outside.
import cytoscape, { type Core, type ElementDefinition } from 'cytoscape';
import { EDGE_TYPES, ExploreGraph, type EdgeType, type Filter, type NeighbourhoodData, type NodeType, } from './graph.ts';
import { ARTICLE_TEXT, NEIGHBOURHOOD, SEARCH, graphql } from './queries.ts';

const NODE_STYLE: Record<NodeType, { color: string; shape: cytoscape.Css.NodeShape }> = {
  Person: { color: '#3b7dd8', shape: 'ellipse' },
  Organization: { color: '#e08a1e', shape: 'round-rectangle' },
  Activity: { color: '#3a9d5d', shape: 'diamond' },
  District: { color: '#8a5cc2', shape: 'hexagon' },
  Place: { color: '#8c8c8c', shape: 'triangle' },
  Article: { color: '#b5895a', shape: 'rectangle' },
};

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const el = (tag: string, text?: string, attrs: Record<string, string> = {}) => {
  const e = document.createElement(tag);
  if (text !== undefined) e.textContent = text;
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  return e;
};

const graph = new ExploreGraph();
const expanded = new Set<string>();
let pending = 0;
let shownEdge: string | null = null;

const cy: Core = cytoscape({
  container: $('cy'),
  wheelSensitivity: 0.3,
  style: [
    ...Object.entries(NODE_STYLE).map(([type, s]) => ({
      selector: `node[type = "${type}"]`,
      style: { 'background-color': s.color, shape: s.shape },
    })),
    { selector: 'node', style: { label: 'data(label)', 'font-size': 10, 'text-valign': 'bottom', 'text-margin-y': 3, width: 22, height: 22 } },
    { selector: 'node[?expanded]', style: { 'border-width': 3, 'border-color': '#222' } },
    {
      selector: 'edge',
      style: {
        width: 'data(width)', label: 'data(label)', 'font-size': 9, 'text-rotation': 'autorotate', 'text-background-color': '#fff',
        'text-background-opacity': 0.8, 'curve-style': 'bezier', 'target-arrow-shape': 'triangle', 'line-color': '#bbb', 'target-arrow-color': '#bbb',
      },
    },
    { selector: 'edge:selected', style: { 'line-color': '#c90', 'target-arrow-color': '#c90' } },
  ],
});

function filter(): Filter {
  const types = new Set(EDGE_TYPES.filter((t) => $<HTMLInputElement>(`type-${t}`).checked));
  return { from: $<HTMLInputElement>('from').value || undefined, to: $<HTMLInputElement>('to').value || undefined, types };
}

const width = (count: number) => Math.min(2 + 3 * (count - 1), 14);

/** Brings the drawing in line with the graph and the filter; lays it out again when something new appeared. */
function redraw(anchor?: string): void {
  const view = graph.view(filter());
  const want = new Set([...view.nodes.map((n) => n.id), ...view.edges.map((e) => e.id)]);
  const at = (anchor && cy.getElementById(anchor).nonempty() ? cy.getElementById(anchor).position() : null) ?? { x: 0, y: 0 };
  const added: ElementDefinition[] = [];
  cy.batch(() => {
    cy.elements().filter((e) => !want.has(e.id())).remove();
    for (const n of view.nodes) {
      const data = { id: n.id, label: n.label, title: n.title, type: n.type, expanded: expanded.has(n.id) };
      const drawn = cy.getElementById(n.id);
      if (drawn.nonempty()) drawn.data(data);
      else added.push({ group: 'nodes', data, position: { x: at.x + Math.random() * 60 - 30, y: at.y + Math.random() * 60 - 30 } });
    }
    cy.add(added);
    const edges: ElementDefinition[] = [];
    for (const e of view.edges) {
      const data = { id: e.id, source: e.source, target: e.target, type: e.type, label: e.label, count: e.count, width: width(e.count) };
      const drawn = cy.getElementById(e.id);
      if (drawn.nonempty()) drawn.data(data);
      else edges.push({ group: 'edges', data });
    }
    cy.add(edges);
  });
  if (added.length) cy.layout({ name: 'cose', animate: false, randomize: false, fit: true, padding: 40, idealEdgeLength: () => 120, nodeRepulsion: () => 60000, nodeOverlap: 40, gravity: 0.5, numIter: 2000 }).run();
  $('status').textContent = `${view.nodes.length} nodes, ${view.edges.length} edges${pending ? ', loading…' : ''}`;
  if (shownEdge && !want.has(shownEdge)) showEdge(null);
}

async function expand(id: string): Promise<void> {
  graph.roots.add(id);
  if (expanded.has(id)) return;
  pending++;
  try {
    const { node } = await graphql<{ node: NeighbourhoodData | null }>(NEIGHBOURHOOD, { id });
    if (node) graph.merge(node);
    expanded.add(id);
  } catch (e) {
    $('status').textContent = `could not expand ${id}: ${(e as Error).message}`;
  } finally {
    pending--;
    redraw(id);
  }
}

function showEdge(id: string | null): void {
  shownEdge = id;
  const box = $('evidence');
  box.replaceChildren();
  $('article').replaceChildren();
  const e = id ? graph.view(filter()).edges.find((x) => x.id === id) : undefined;
  if (!e) return;
  box.dataset.edge = e.id;
  const name = (n: string) => graph.nodes.get(n)?.title ?? n;
  box.append(el('h2', `${name(e.source)} — ${e.type} → ${name(e.target)}`));
  if (e.label) box.append(el('p', e.label, { class: 'labels' }));
  box.append(el('p', `stated by ${e.count} article${e.count === 1 ? '' : 's'}`, { class: 'count' }));
  for (const ev of e.evidence) {
    const q = el('blockquote');
    q.append(el('span', ev.text, { class: 'sentence' }));
    if (ev.rule) q.append(el('div', `rule: ${ev.rule}`, { class: 'rule' }));
    if (ev.article) q.append(el('a', `Open the article: ${ev.article.headline ?? ev.article.id}`, { href: `#article=${encodeURIComponent(ev.article.id)}`, class: 'open-article' }));
    box.append(q);
  }
  // Organizing and taking place have no sentence of their own: the activity's article states them.
  if (!e.evidence.length) {
    for (const a of graph.edges.get(e.id)?.articles.keys() ?? []) {
      const headline = graph.headlines.get(a);
      if (headline === undefined) continue;
      const p = el('p');
      p.append(el('a', `Open the article: ${headline}`, { href: `#article=${encodeURIComponent(a)}`, class: 'open-article' }));
      box.append(p);
    }
  }
}

async function openArticle(id: string): Promise<void> {
  const box = $('article');
  box.replaceChildren(el('p', 'loading…'));
  pending++;
  try {
    const { node } = await graphql<{ node: { id: string; headline: string | null; date: string | null; body: string | null; page: { file: string } | null } | null }>(ARTICLE_TEXT, { id });
    box.replaceChildren();
    if (!node) { box.append(el('p', `no article ${id}`)); return; }
    box.dataset.article = node.id;
    box.append(el('h2', node.headline ?? node.id, { class: 'headline' }));
    box.append(el('p', [node.date, node.page?.file].filter(Boolean).join(' · '), { class: 'meta' }));
    const body = el('div', undefined, { class: 'body' });
    // The sentence shown above, marked where it stands in the body.
    const ev = shownEdge ? graph.edges.get(shownEdge)?.evidence.find((x) => x.article?.id === id && x.start !== null && x.end !== null) : undefined;
    const text = node.body ?? '';
    if (ev) body.append(text.slice(0, ev.start!), el('mark', text.slice(ev.start!, ev.end!)), text.slice(ev.end!));
    else body.textContent = text;
    box.append(body);
  } finally {
    pending--;
  }
}

async function search(text: string): Promise<void> {
  const list = $('results');
  list.replaceChildren();
  if (!text.trim()) return;
  pending++;
  try {
    type Found = { edges: { node: { id: string; name: string } }[] };
    const r = await graphql<{ people: Found; organizations: Found; districts: { id: string; name: string }[] }>(SEARCH, { text: text.trim() });
    const found = [
      ...r.people.edges.map((e) => ({ ...e.node, type: 'Person' as const })),
      ...r.organizations.edges.map((e) => ({ ...e.node, type: 'Organization' as const })),
      ...r.districts.filter((d) => d.name.includes(text.trim())).map((d) => ({ ...d, type: 'District' as const })),
    ];
    if (!found.length) list.append(el('p', 'nothing of that name'));
    for (const f of found) {
      const b = el('button', `${f.name} (${f.type})`, { type: 'button', 'data-id': f.id });
      b.addEventListener('click', () => { graph.node(f.id, f.type, f.name); void expand(f.id); });
      list.append(b);
    }
  } catch (e) {
    list.append(el('p', (e as Error).message));
  } finally {
    pending--;
  }
}

// ---- wiring ----

for (const t of EDGE_TYPES) {
  const box = el('input', undefined, { type: 'checkbox', id: `type-${t}` }) as HTMLInputElement;
  box.checked = true;
  box.addEventListener('change', () => redraw());
  const label = el('label');
  label.append(box, ` ${t}`);
  $('types').append(label);
}
for (const [type, s] of Object.entries(NODE_STYLE)) {
  const row = el('div');
  const swatch = el('span');
  swatch.style.background = s.color;
  swatch.style.borderRadius = s.shape === 'ellipse' ? '50%' : '2px';
  row.append(swatch, type);
  $('legend').append(row);
}
for (const id of ['from', 'to']) for (const ev of ['input', 'change']) $(id).addEventListener(ev, () => redraw());
$('search').addEventListener('submit', (ev) => {
  ev.preventDefault();
  void search(new FormData(ev.target as HTMLFormElement).get('text') as string);
});
$('clear').addEventListener('click', () => {
  graph.nodes.clear(); graph.edges.clear(); graph.roots.clear(); expanded.clear();
  showEdge(null);
  redraw();
});
cy.on('tap', 'node', (ev) => { void expand(ev.target.id()); });
cy.on('tap', 'edge', (ev) => showEdge(ev.target.id()));
const fromHash = () => {
  const m = /^#article=(.+)$/.exec(location.hash);
  if (m) void openArticle(decodeURIComponent(m[1]));
};
window.addEventListener('hashchange', fromHash);
fromHash();

/** What is drawn, for a script driving the page: copies, never the live objects. */
Object.defineProperty(window, 'explore', {
  value: Object.freeze({
    get pending() { return pending; },
    get shownEdge() { return shownEdge; },
    nodes: () => cy.nodes().map((n) => ({ id: n.id(), label: n.data('title') as string, type: n.data('type') as NodeType, position: n.renderedPosition(), size: n.renderedOuterWidth() })),
    edges: () => cy.edges().map((e) => ({
      id: e.id(), source: e.source().id(), target: e.target().id(), type: e.data('type') as EdgeType,
      label: e.data('label') as string, count: e.data('count') as number, midpoint: e.renderedMidpoint(),
    })),
  }),
});
redraw();
