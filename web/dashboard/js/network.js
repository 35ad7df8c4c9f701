// The network view: an entity's neighbourhood drawn with Cytoscape.js; clicking a node adds its own neighbourhood.
import { runQuery } from './graphql.js';
import { entityType, INK } from './palette.js';
import { neighbourhoodQuery } from './queries.js';

/** Neighbours fetched per expansion: enough to see the shape, few enough to read the labels. */
export const NEIGHBOURS_PER_EXPANSION = 30;

const STYLE = [
  {
    selector: 'node',
    style: {
      'background-color': 'data(color)',
      label: 'data(label)',
      color: INK.strong,
      'font-family': INK.font,
      'font-size': 11,
      'text-valign': 'bottom',
      'text-margin-y': 4,
      'text-wrap': 'ellipsis',
      'text-max-width': 130,
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.85,
      'text-background-padding': 1,
      width: 22,
      height: 22,
    },
  },
  {
    selector: 'node.expanded',
    style: { width: 32, height: 32, 'border-width': 3, 'border-color': '#ffffff', 'font-weight': 600 },
  },
  // Relationship names only next to the selected node: on every edge they would cover the picture.
  {
    selector: 'edge.near',
    style: { label: 'data(type)', width: 2, 'line-color': '#7f93a8', 'target-arrow-color': '#7f93a8', 'z-index': 9 },
  },
  { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#f2b705' } },
  {
    selector: 'edge',
    style: {
      width: 1.2,
      'line-color': '#b8c2cc',
      'target-arrow-color': '#b8c2cc',
      'target-arrow-shape': 'triangle',
      'arrow-scale': 0.8,
      'curve-style': 'bezier',
      'font-size': 9,
      color: '#5b6b7b',
      'text-rotation': 'autorotate',
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.9,
    },
  },
];

/** The columns of the network's two CSV downloads ([row key, heading], as csv-download.js toCsv takes them). */
export const NODE_COLUMNS = [
  ['id', 'id'],
  ['type', 'type'],
  ['name', 'name'],
  ['expanded', 'expanded'],
];
export const EDGE_COLUMNS = [
  ['from', 'from_id'],
  ['fromName', 'from_name'],
  ['type', 'relationship'],
  ['to', 'to_id'],
  ['toName', 'to_name'],
];

const shortName = (name) => (name.length > 34 ? `${name.slice(0, 32)}…` : name);

/**
 * Creates the network in `container`. `onChange({ query, selected, counts })` is called after every load, with the
 * query that ran (for the IDE link) and the selected node's data.
 */
export function createNetwork(container, { onChange }) {
  const cy = cytoscape({ container, style: STYLE, minZoom: 0.2, maxZoom: 3, boxSelectionEnabled: false });

  // New nodes start on a circle round the node they were reached from; the layout then settles them.
  const addNode = (node, position) => {
    if (cy.getElementById(node.id).nonempty()) return;
    const type = entityType(node.__typename);
    cy.add({
      group: 'nodes',
      data: {
        id: node.id,
        name: node.name,
        label: shortName(node.name),
        typename: node.__typename,
        typeLabel: type.label,
        color: type.color,
      },
      position,
    });
  };

  /** Fetches the neighbourhood of `id` and adds what is new; `reset` starts a fresh network centred on it. */
  async function expand(id, { reset = false } = {}) {
    const query = neighbourhoodQuery(id, NEIGHBOURS_PER_EXPANSION);
    container.dataset.state = 'loading';
    const { neighbourhood } = await runQuery(query);
    if (reset) cy.elements().remove();
    if (!neighbourhood.center) throw new Error(`No entity with id ${id}`);
    const near = cy.getElementById(id).nonempty() ? { ...cy.getElementById(id).position() } : { x: 0, y: 0 };
    addNode(neighbourhood.center, near);
    const fresh = neighbourhood.nodes.filter((node) => cy.getElementById(node.id).empty());
    fresh.forEach((node, i) => {
      const angle = (2 * Math.PI * i) / fresh.length;
      addNode(node, { x: near.x + 140 * Math.cos(angle), y: near.y + 140 * Math.sin(angle) });
    });
    for (const edge of neighbourhood.edges) {
      const edgeId = `${edge.from}|${edge.type}|${edge.to}`;
      if (
        cy.getElementById(edgeId).empty() &&
        cy.getElementById(edge.from).nonempty() &&
        cy.getElementById(edge.to).nonempty()
      ) {
        cy.add({ group: 'edges', data: { id: edgeId, source: edge.from, target: edge.to, type: edge.type } });
      }
    }
    const center = cy.getElementById(id);
    center.addClass('expanded').data('truncated', neighbourhood.truncated);
    cy.$(':selected').unselect();
    center.select();
    const box = { x1: 0, y1: 0, w: container.clientWidth, h: container.clientHeight };
    cy.layout({
      name: 'cose',
      animate: false,
      randomize: false,
      fit: true,
      padding: 40,
      boundingBox: box,
      nodeRepulsion: () => 12000,
      idealEdgeLength: () => 110,
      nodeDimensionsIncludeLabels: true,
    }).run();
    container.dataset.state = 'ready';
    onChange({ query, selected: center.data(), counts: { nodes: cy.nodes().length, edges: cy.edges().length } });
  }

  cy.on('select', 'node', (event) => event.target.connectedEdges().addClass('near'));
  cy.on('unselect', 'node', (event) => event.target.connectedEdges().removeClass('near'));
  cy.on('tap', 'node', (event) => {
    expand(event.target.id()).catch((error) => onChange({ error: error.message }));
  });

  let focus = null;
  return {
    cy,
    expand,
    show: (id) => expand(id, { reset: true }).then(() => (focus = id)),
    /** The id the network was last (re)started from. */
    focus: () => focus,
    /** The nodes drawn now, in the order they were added (the focus first): id, type, name, whether expanded. */
    nodeTable: () => ({
      columns: NODE_COLUMNS,
      rows: cy.nodes().map((node) => ({
        id: node.id(),
        type: node.data('typename'),
        name: node.data('name'),
        expanded: node.hasClass('expanded'),
      })),
    }),
    /** The relationships drawn now: from (id, name), type, to (id, name), each arrow once. */
    edgeTable: () => ({
      columns: EDGE_COLUMNS,
      rows: cy.edges().map((edge) => ({
        from: edge.source().id(),
        fromName: edge.source().data('name'),
        type: edge.data('type'),
        to: edge.target().id(),
        toName: edge.target().data('name'),
      })),
    }),
    /** The whole network (not only the part in view) as a PNG data URL at twice the screen's resolution, on white. */
    png: () => cy.png({ full: true, scale: 2, bg: '#ffffff' }),
  };
}
