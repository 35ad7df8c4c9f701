// The review queue page (/dashboard/review): lists pending proposals through the public GraphQL API and accepts or
// rejects them one at a time (acceptProposal / rejectProposal, editor role, with the IDE's token).
import { ideHref, runQuery } from './graphql.js';

/** Pending proposals, oldest first (one page of up to 100). */
export const PENDING_QUERY = `{
  proposals(status: PENDING, first: 100) {
    totalCount
    nodes { id kind reason why targetId targetName field proposedValue currentValue creates confidence evidence { text } sourceUrl }
  }
}`;
const ACCEPT = 'mutation ($id: ID!) { acceptProposal(id: $id) { id status reviewedBy } }';
const REJECT =
  'mutation ($id: ID!, $reason: String) { rejectProposal(id: $id, reason: $reason) { id status reviewedBy } }';

const $ = (selector) => document.querySelector(selector);

/** A table cell holding `text` as text (values are never parsed as HTML). */
function cell(text, className) {
  const td = document.createElement('td');
  td.textContent = text;
  if (className) td.className = className;
  return td;
}

function describe(proposal) {
  // A relationship's proposed value already starts with its type.
  const value =
    proposal.kind === 'RELATIONSHIP' ? proposal.proposedValue : `${proposal.field}: ${proposal.proposedValue}`;
  const what = `${proposal.kind} · ${proposal.targetName} (${proposal.targetId}) · ${value}`;
  const now = proposal.currentValue ? ` · now ${proposal.currentValue}` : '';
  const creates = proposal.creates.length ? ` · creates ${proposal.creates.join(', ')}` : '';
  return what + now + creates;
}

/** Runs a review mutation for one row and shows its outcome on the row. */
async function review(row, mutation, variables) {
  for (const button of row.querySelectorAll('button')) button.disabled = true;
  const outcome = row.querySelector('.review__outcome');
  try {
    const data = await runQuery(mutation, variables);
    const result = data.acceptProposal || data.rejectProposal;
    row.dataset.status = result.status;
    outcome.textContent = `${result.status.toLowerCase()} by ${result.reviewedBy}`;
  } catch (error) {
    row.dataset.status = 'ERROR';
    outcome.textContent = error.message;
    for (const button of row.querySelectorAll('button')) button.disabled = false;
  }
}

function renderRow(proposal) {
  const row = document.createElement('tr');
  row.dataset.id = proposal.id;
  row.dataset.status = 'PENDING';
  row.append(
    cell(describe(proposal)),
    cell(`“${proposal.evidence.text}”${proposal.sourceUrl ? ` — ${proposal.sourceUrl}` : ''}`),
    cell(`${proposal.reason}: ${proposal.why}`),
  );
  row.append(cell(proposal.confidence.toFixed(2), 'review__number'));
  const decide = document.createElement('td');
  const accept = Object.assign(document.createElement('button'), {
    type: 'button',
    className: 'review__accept',
    textContent: 'Accept',
  });
  const reason = Object.assign(document.createElement('input'), {
    type: 'text',
    className: 'review__reason',
    placeholder: 'reason (optional)',
  });
  reason.setAttribute('aria-label', 'Reason for rejecting');
  const reject = Object.assign(document.createElement('button'), {
    type: 'button',
    className: 'review__reject secondary',
    textContent: 'Reject',
  });
  const outcome = Object.assign(document.createElement('span'), { className: 'review__outcome muted' });
  accept.addEventListener('click', () => review(row, ACCEPT, { id: proposal.id }));
  reject.addEventListener('click', () => review(row, REJECT, { id: proposal.id, reason: reason.value.trim() || null }));
  decide.append(accept, reject, reason, outcome);
  row.append(decide);
  return row;
}

async function start() {
  $('#link-review').href = ideHref(PENDING_QUERY);
  const table = $('#review-list');
  try {
    const { proposals } = await runQuery(PENDING_QUERY);
    table.tBodies[0].replaceChildren(...proposals.nodes.map(renderRow));
    $('#review-status').textContent = proposals.totalCount
      ? `${proposals.totalCount} pending${proposals.totalCount > proposals.nodes.length ? `, the oldest ${proposals.nodes.length} shown` : ''}.`
      : 'Nothing to review.';
    table.dataset.state = 'ready';
  } catch (error) {
    $('#review-status').textContent = `Could not load the queue: ${error.message}`;
    table.dataset.state = 'error';
  }
}

start();
