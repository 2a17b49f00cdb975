// Switchboard managers' console: plain JavaScript over the gateway's API, no libraries, no build step.
// Every request carries the credential the user signed in with (kept in sessionStorage: this tab only); the live
// stream is read with fetch() so that it carries the same header (EventSource cannot send one).
(function () {
  'use strict';

  const STORAGE_KEY = 'switchboard.console.credential';
  const MANAGER_VIEWS = ['queues', 'sla', 'agents', 'kpis'];
  const VIEW_TITLES = { queues: 'Queues', sla: 'SLA risk', agents: 'Agents', kpis: 'KPIs', mine: 'My tickets' };
  const SLA_METRICS = ['FIRST_REPLY', 'NEXT_REPLY', 'PERIODIC_UPDATE', 'RESOLUTION', 'REQUESTER_WAIT', 'AGENT_WORK_TIME'];
  const OPEN_STATUSES = ['NEW', 'OPEN', 'PENDING', 'ON_HOLD'];

  const state = {
    credential: null, // {kind: 'key'|'jwt', value}
    me: null, // {name, role, agentId}
    view: null,
    selectedTeam: null,
    stream: null, // AbortController of the open stream
    lastEventId: null,
    attempt: 0,
    reconnectTimer: null,
    refreshTimers: {},
    mineEvents: []
  };

  const $ = (id) => document.getElementById(id);

  // ---------- formatting (the viewer's own time zone and locale) ----------
  const timeFormat = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit', second: '2-digit' });
  const dateTimeFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'short', timeStyle: 'short' });

  function formatTime(iso) {
    if (!iso) return '–';
    const date = new Date(iso);
    const sameDay = date.toDateString() === new Date().toDateString();
    return sameDay ? timeFormat.format(date) : dateTimeFormat.format(date);
  }

  function formatDuration(seconds) {
    if (seconds === null || seconds === undefined || Number.isNaN(seconds)) return '–';
    const s = Math.round(Math.abs(seconds));
    const sign = seconds < 0 ? '−' : '';
    if (s < 60) return sign + s + 's';
    if (s < 3600) return sign + Math.floor(s / 60) + 'm ' + String(s % 60).padStart(2, '0') + 's';
    if (s < 86400) return sign + Math.floor(s / 3600) + 'h ' + String(Math.floor(s % 3600 / 60)).padStart(2, '0') + 'm';
    return sign + Math.floor(s / 86400) + 'd ' + Math.floor(s % 86400 / 3600) + 'h';
  }

  function formatPercent(ratio) {
    return ratio === null || ratio === undefined ? '–' : (ratio * 100).toFixed(1) + ' %';
  }

  function formatNumber(n) {
    return n === null || n === undefined ? '–' : Number(n).toLocaleString();
  }

  // ---------- DOM helpers (textContent only: nothing from the API is parsed as HTML) ----------
  function el(tag, attributes, ...children) {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes || {})) {
      if (value === null || value === undefined || value === false) continue;
      if (name === 'class') node.className = value;
      else if (name === 'text') node.textContent = value;
      else if (name.startsWith('on')) node.addEventListener(name.substring(2), value);
      else node.setAttribute(name, value === true ? '' : value);
    }
    for (const child of children.flat()) {
      if (child === null || child === undefined) continue;
      node.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
    return node;
  }

  function fillTable(tableId, rows, emptyText) {
    const body = $(tableId).tBodies[0];
    const columns = $(tableId).tHead.rows[0].cells.length;
    body.replaceChildren(...(rows.length ? rows
      : [el('tr', {}, el('td', { class: 'empty', colspan: columns, text: emptyText }))]));
  }

  function card(label, value, extraClass) {
    return el('div', { class: 'card' }, el('span', { class: 'label', text: label }),
      el('span', { class: 'value' + (extraClass ? ' ' + extraClass : ''), text: value }));
  }

  function showError(message) {
    $('load-error').textContent = message || '';
  }

  // ---------- API ----------
  class ApiError extends Error {
    constructor(status, detail) {
      super(detail || ('HTTP ' + status));
      this.status = status;
    }
  }

  function authHeaders(credential) {
    const c = credential || state.credential;
    return c.kind === 'jwt' ? { Authorization: 'Bearer ' + c.value } : { 'X-API-Key': c.value };
  }

  async function api(path, options) {
    const opts = options || {};
    const response = await fetch('/api/v1' + path, {
      headers: Object.assign({ Accept: opts.accept || 'application/json' }, authHeaders(opts.credential)),
      cache: 'no-store',
      signal: opts.signal
    });
    if (!response.ok) {
      let detail = null;
      try { detail = (await response.json()).detail; } catch (ignored) { /* not problem JSON */ }
      if (response.status === 401 && !opts.credential) {
        signOut('Your credential is no longer accepted. Please sign in again.');
      }
      throw new ApiError(response.status, detail);
    }
    return opts.accept === 'text/csv' ? response.blob() : response.json();
  }

  /** An answer, or null when the call failed for a reason the view can live without. */
  async function optional(path) {
    try { return await api(path); } catch (e) { if (e.status === 401) throw e; return null; }
  }

  // ---------- sign-in ----------
  async function signIn(credential) {
    const me = await api('/gateway/me', { credential });
    if (me.role === 'PLATFORM') {
      throw new Error('Platform keys are for integrations and cannot sign in to the console.');
    }
    state.credential = credential;
    state.me = me;
    sessionStorage.setItem(STORAGE_KEY, JSON.stringify(credential));
    enterApp();
  }

  function signOut(message) {
    sessionStorage.removeItem(STORAGE_KEY);
    state.credential = null;
    state.me = null;
    stopStream();
    $('app').hidden = true;
    $('signin').hidden = false;
    $('signin-error').textContent = message || '';
    $('credential').value = '';
    $('credential').focus();
  }

  function onSignInSubmit(event) {
    event.preventDefault();
    const value = $('credential').value.trim();
    const kind = document.querySelector('input[name=kind]:checked').value;
    if (!value) {
      $('signin-error').textContent = 'Enter an API key or a token.';
      return;
    }
    $('signin-button').disabled = true;
    $('signin-error').textContent = '';
    signIn({ kind, value })
      .catch((e) => {
        $('signin-error').textContent = e instanceof ApiError
          ? (e.status === 401 ? 'The gateway did not accept this credential.' : 'Sign-in failed: ' + e.message)
          : e.message;
      })
      .finally(() => { $('signin-button').disabled = false; });
  }

  function isManager() {
    return state.me && (state.me.role === 'MANAGER' || state.me.role === 'ADMIN');
  }

  function enterApp() {
    $('signin').hidden = true;
    $('app').hidden = false;
    $('who').textContent = state.me.name + ' (' + state.me.role + (state.me.agentId ? ', ' + state.me.agentId : '') + ')';
    for (const item of $('nav').children) {
      item.hidden = (item.dataset.role === 'manager') !== isManager();
    }
    showView();
    startStream();
  }

  // ---------- views ----------
  function requestedView() {
    const hash = location.hash.replace('#', '');
    if (hash) return hash;
    return isManager() ? 'queues' : 'mine';
  }

  function showView() {
    if (!state.me) return;
    const wanted = requestedView();
    const allowed = isManager() ? MANAGER_VIEWS : ['mine'];
    const known = MANAGER_VIEWS.includes(wanted) || wanted === 'mine';
    const view = allowed.includes(wanted) ? wanted : 'denied';
    state.view = view;
    for (const section of document.querySelectorAll('.view')) {
      section.hidden = section.id !== 'view-' + view;
    }
    for (const link of $('nav').querySelectorAll('a')) {
      if (link.dataset.view === view) link.setAttribute('aria-current', 'page');
      else link.removeAttribute('aria-current');
    }
    if (view === 'denied') {
      $('denied-text').textContent = known
        ? 'The ' + VIEW_TITLES[wanted] + ' view is for managers. Signed in as ' + state.me.role
          + ', you see your own tickets under "My tickets".'
        : 'There is no view called "' + wanted + '".';
      document.title = 'Not available · Switchboard console';
      return;
    }
    document.title = VIEW_TITLES[view] + ' · Switchboard console';
    load(view);
  }

  const loaders = {
    queues: loadQueues,
    sla: loadSla,
    agents: loadAgents,
    kpis: loadKpis,
    mine: loadMine
  };

  function load(view) {
    showError('');
    loaders[view]().catch((e) => {
      if (e.status !== 401) showError('Could not load ' + VIEW_TITLES[view] + ': ' + e.message);
    });
  }

  /** Reloads a view soon after events, at most once per `delay`, only while it is shown. */
  function refreshSoon(view, delay) {
    if (state.view !== view || state.refreshTimers[view]) return;
    state.refreshTimers[view] = setTimeout(() => {
      delete state.refreshTimers[view];
      if (state.view === view) load(view);
    }, delay);
  }

  // Queues
  async function loadQueues() {
    const queues = await api('/queues');
    queues.sort((a, b) => (b.waiting - a.waiting) || String(a.team).localeCompare(String(b.team)));
    const named = queues.filter((q) => q.team);
    if (!named.some((q) => q.team === state.selectedTeam)) {
      const busiest = named.find((q) => q.waiting > 0) || named[0];
      state.selectedTeam = busiest ? busiest.team : null;
    }
    fillTable('queues-table', queues.map((q) => {
      const p = q.waitingByPriority || {};
      const team = q.team
        ? el('button', { type: 'button', class: 'link', 'aria-pressed': String(q.team === state.selectedTeam),
          onclick: () => { state.selectedTeam = q.team; loadQueues(); } }, q.team)
        : el('span', { class: 'note', text: '(no team)' });
      return el('tr', { class: q.team === state.selectedTeam ? 'selected' : null, 'data-team': q.team || '' },
        el('th', { scope: 'row' }, team),
        el('td', { class: 'num', text: formatNumber(q.waiting) }),
        el('td', { class: 'num', text: q.waiting ? formatDuration(q.oldestWaitSeconds) : '–' }),
        el('td', { class: 'num', text: formatNumber(q.agentsAvailable) }),
        el('td', { class: 'num', text: formatPercent(q.utilization) }),
        el('td', { class: 'num', text: [p.URGENT, p.HIGH, p.NORMAL, p.LOW].map((n) => n || 0).join(' / ') }));
    }), 'No queues yet.');
    await loadQueueTickets();
  }

  async function loadQueueTickets() {
    const team = state.selectedTeam;
    $('queue-tickets-title').textContent = team ? 'Waiting tickets: ' + team : 'Waiting tickets';
    $('queue-tickets-note').textContent = '';
    if (!team) {
      fillTable('queue-tickets-table', [], 'No team selected.');
      return;
    }
    let tickets;
    try {
      tickets = await api('/queues/' + encodeURIComponent(team) + '/tickets');
    } catch (e) {
      if (e.status === 401) throw e;
      $('queue-tickets-note').textContent = 'The list of waiting tickets is not available (' + e.message + ').';
      fillTable('queue-tickets-table', [], 'Not available.');
      return;
    }
    tickets.sort((a, b) => a.position - b.position);
    fillTable('queue-tickets-table', tickets.map((t) => el('tr', { 'data-ticket': t.ticketId },
      el('td', { class: 'num', text: t.position }),
      el('td', { text: t.ticketId }),
      el('td', { text: t.priority }),
      el('td', { text: t.customerTier || '–' }),
      el('td', { text: t.channel || '–' }),
      el('td', { text: (t.requiredSkills || []).join(', ') || '–' }),
      el('td', { class: 'num', text: formatDuration(t.waitSeconds) }),
      el('td', { text: formatTime(t.queuedAt) }))), 'Nobody is waiting in ' + team + '.');
  }

  // SLA risk
  async function openTickets() {
    const pages = await Promise.all(OPEN_STATUSES.map((status) => optional('/tickets?status=' + status + '&limit=200')));
    return pages.filter(Boolean).flatMap((page) => page.items || []);
  }

  async function loadSla() {
    const [tickets, escalations, summary] = await Promise.all([
      openTickets(), optional('/escalations?open=true'), optional('/analytics/summary')]);
    const now = Date.now();
    const clocks = tickets.flatMap((ticket) => (ticket.sla || []).map((clock) => ({ ticket, clock })));
    const running = clocks.filter((c) => c.clock.state === 'RUNNING' && c.clock.dueAt)
      .sort((a, b) => Date.parse(a.clock.dueAt) - Date.parse(b.clock.dueAt)).slice(0, 25);
    const breached = clocks.filter((c) => c.clock.state === 'BREACHED')
      .sort((a, b) => Date.parse(a.clock.dueAt) - Date.parse(b.clock.dueAt)).slice(0, 25);
    const open = escalations || [];

    $('sla-cards').replaceChildren(
      card('Clocks at risk now', summary ? formatNumber(summary.slaAtRisk) : '–', summary && summary.slaAtRisk ? 'warn' : ''),
      card('Breaches (24 h)', summary ? formatNumber(summary.breaches) : '–', summary && summary.breaches ? 'bad' : ''),
      card('SLA achievement (24 h)', summary ? formatPercent(summary.slaAchievement) : '–'),
      card('Open escalations', escalations ? formatNumber(open.length) : '–'));

    fillTable('sla-due-table', running.map(({ ticket, clock }) => {
      const left = (Date.parse(clock.dueAt) - now) / 1000;
      return el('tr', { 'data-ticket': ticket.id },
        el('td', { text: ticket.id }), el('td', { text: ticket.subject || '' }), el('td', { text: ticket.team || '–' }),
        el('td', { text: ticket.priority }), el('td', { text: clock.metric }), el('td', { text: formatTime(clock.dueAt) }),
        el('td', { class: 'num ' + (left < 0 ? 'bad' : left < 900 ? 'warn' : ''),
          text: left < 0 ? 'overdue ' + formatDuration(-left) : formatDuration(left) }));
    }), 'No running SLA clocks.');

    fillTable('sla-breached-table', breached.map(({ ticket, clock }) => el('tr', { 'data-ticket': ticket.id },
      el('td', { text: ticket.id }), el('td', { text: ticket.subject || '' }), el('td', { text: ticket.team || '–' }),
      el('td', { text: clock.metric }), el('td', { text: formatTime(clock.dueAt) }),
      el('td', { class: 'num bad', text: formatDuration((now - Date.parse(clock.dueAt)) / 1000) }))),
    'No breached clocks on open tickets.');

    const byLevel = {};
    open.forEach((e) => { byLevel[e.level] = (byLevel[e.level] || 0) + 1; });
    const levels = Object.keys(byLevel).sort((a, b) => a - b);
    $('escalation-levels').replaceChildren(...(levels.length
      ? levels.map((level) => card('Level ' + level, formatNumber(byLevel[level]), 'bad'))
      : [card('Any level', escalations ? '0' : '–')]));
    fillTable('escalations-table', open.sort((a, b) => (b.level - a.level) || Date.parse(a.at) - Date.parse(b.at))
      .slice(0, 50).map((e) => el('tr', { 'data-ticket': e.ticketId },
        el('td', { text: e.ticketId }), el('td', { class: 'num', text: e.level }), el('td', { text: e.metric || '–' }),
        el('td', { text: e.action || '–' }), el('td', { text: e.reason || '' }), el('td', { text: formatTime(e.at) }))),
    escalations ? 'No open escalations.' : 'Escalations are not available.');
  }

  // Agents
  function startOfToday() {
    const d = new Date();
    d.setHours(0, 0, 0, 0);
    return d.toISOString();
  }

  async function loadAgents() {
    const [agents, report] = await Promise.all([api('/agents'), optional('/analytics/agents?from=' + startOfToday())]);
    const byAgent = {};
    (report || []).forEach((row) => { byAgent[row.agentId] = row; });
    agents.sort((a, b) => String(a.team).localeCompare(String(b.team)) || a.id.localeCompare(b.id));
    fillTable('agents-table', agents.map((agent) => {
      const row = byAgent[agent.id] || {};
      const loads = Object.keys(agent.capacity || {}).map((channel) => {
        const used = (agent.load || {})[channel] || 0;
        const capacity = agent.capacity[channel] || 0;
        const fill = el('span');
        fill.style.width = (capacity ? Math.min(100, used / capacity * 100) : 0) + '%';
        return el('span', { class: 'load' }, channel + ' ' + used + '/' + capacity,
          el('span', { class: 'bar' + (capacity && used >= capacity ? ' full' : ''), 'aria-hidden': 'true' }, fill));
      });
      return el('tr', { 'data-agent': agent.id },
        el('th', { scope: 'row' }, agent.id, agent.name && agent.name !== agent.id ? el('span', { class: 'note', text: ' ' + agent.name }) : null),
        el('td', { text: agent.team || '–' }),
        el('td', {}, el('span', { class: 'badge ' + agent.status, 'data-status': agent.status, text: agent.status })),
        el('td', {}, loads.length ? loads : '–'),
        el('td', { class: 'num', text: (agent.assignedTicketIds || []).length }),
        el('td', { class: 'num', text: formatNumber(row.handled) }),
        el('td', { class: 'num', text: formatDuration(row.firstReplyP50) }));
    }), 'No agents configured.');
  }

  function applyPresence(agentId, status) {
    const badge = document.querySelector('#agents-table tr[data-agent="' + CSS.escape(agentId) + '"] .badge');
    if (!badge) return false;
    badge.className = 'badge ' + status;
    badge.dataset.status = status;
    badge.textContent = status;
    return true;
  }

  async function downloadAgentCsv() {
    try {
      const to = new Date().toISOString();
      const blob = await api('/analytics/agents?from=' + startOfToday() + '&to=' + to, { accept: 'text/csv' });
      const url = URL.createObjectURL(blob);
      const link = el('a', { href: url, download: 'switchboard-agents-' + new Date().toISOString().slice(0, 10) + '.csv' });
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10000);
    } catch (e) {
      if (e.status !== 401) showError('Could not download the agent table: ' + e.message);
    }
  }

  // KPIs
  const RANGES = {
    '1h': { seconds: 3600, interval: 'MINUTE' },
    '24h': { seconds: 86400, interval: 'HOUR' },
    '7d': { seconds: 7 * 86400, interval: 'HOUR' },
    '30d': { seconds: 30 * 86400, interval: 'DAY' }
  };

  async function loadKpis() {
    const range = RANGES[$('kpi-range').value] || RANGES['24h'];
    const team = $('kpi-team').value;
    const to = new Date();
    const from = new Date(to.getTime() - range.seconds * 1000);
    const window = 'from=' + from.toISOString() + '&to=' + to.toISOString();
    const teamFilter = team ? '&team=' + encodeURIComponent(team) : '';
    const [summary, queues] = await Promise.all([api('/analytics/summary?' + window + teamFilter), optional('/queues')]);
    updateTeamChoices((queues || []).map((q) => q.team).filter(Boolean));
    $('kpi-window').textContent = 'From ' + formatTime(summary.from) + ' to ' + formatTime(summary.to)
      + (team ? ', team ' + team : ', all teams') + '.';
    $('kpi-cards').replaceChildren(
      card('Created', formatNumber(summary.created)),
      card('Solved', formatNumber(summary.solved)),
      card('Backlog', formatNumber(summary.backlog)),
      card('First reply p50', formatDuration(summary.firstReplyTime && summary.firstReplyTime.p50)),
      card('First reply p90', formatDuration(summary.firstReplyTime && summary.firstReplyTime.p90)),
      card('Resolution p50', formatDuration(summary.resolutionTime && summary.resolutionTime.p50)),
      card('Resolution p90', formatDuration(summary.resolutionTime && summary.resolutionTime.p90)),
      card('SLA achievement', formatPercent(summary.slaAchievement)),
      card('CSAT', formatPercent(summary.csat)),
      card('NPS', summary.nps === null || summary.nps === undefined ? '–' : Math.round(summary.nps)));
    const sla = summary.sla || {};
    fillTable('kpi-sla-table', SLA_METRICS.filter((m) => sla[m]).map((metric) => el('tr', {},
      el('th', { scope: 'row', text: metric }),
      el('td', { class: 'num', text: formatNumber(sla[metric].achieved) }),
      el('td', { class: 'num', text: formatNumber(sla[metric].breached) }),
      el('td', { class: 'num', text: formatPercent(sla[metric].achievement) }),
      el('td', { class: 'num', text: formatNumber(sla[metric].atRisk) }))), 'No SLA figures.');

    const series = async (metric) => {
      const answer = await optional('/analytics/timeseries?metric=' + metric + '&interval=' + range.interval + '&'
        + window + (team ? '&groupBy=team' : ''));
      if (!answer) return [];
      const found = team ? answer.series.find((s) => s.key === team) : answer.series[0];
      return found ? found.points : [];
    };
    const [fr50, fr90, res50, res90, backlog] = await Promise.all(
      ['first_reply_p50', 'first_reply_p90', 'resolution_p50', 'resolution_p90', 'backlog'].map(series));
    $('kpi-charts').replaceChildren(
      lineChart('First reply time', [{ name: 'p50', points: fr50 }, { name: 'p90', points: fr90 }], formatDuration),
      lineChart('Resolution time', [{ name: 'p50', points: res50 }, { name: 'p90', points: res90 }], formatDuration),
      lineChart('Backlog', [{ name: 'open tickets', points: backlog }], formatNumber));
  }

  function updateTeamChoices(teams) {
    const select = $('kpi-team');
    const known = new Set(Array.from(select.options).map((o) => o.value));
    teams.sort().forEach((team) => {
      if (!known.has(team)) select.append(el('option', { value: team, text: team }));
    });
  }

  const SVG = 'http://www.w3.org/2000/svg';

  function svg(tag, attributes, text) {
    const node = document.createElementNS(SVG, tag);
    for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
    if (text !== undefined) node.textContent = text;
    return node;
  }

  /** A small line chart as inline SVG: x is time, y from 0 to the largest value. */
  function lineChart(title, series, formatY) {
    const width = 480, height = 180, left = 56, right = 10, top = 10, bottom = 26;
    const points = series.flatMap((s) => s.points.filter((p) => p.value !== null && p.value !== undefined));
    const chart = el('figure', { class: 'chart' }, el('h4', { text: title }));
    if (!points.length) {
      chart.append(el('p', { class: 'note', text: 'Nothing measured in this window.' }));
      return chart;
    }
    const times = series.flatMap((s) => s.points.map((p) => Date.parse(p.at)));
    const minX = Math.min(...times), maxX = Math.max(...times);
    const maxY = Math.max(1, ...points.map((p) => p.value));
    const x = (t) => left + (maxX === minX ? 0.5 : (t - minX) / (maxX - minX)) * (width - left - right);
    const y = (v) => top + (1 - v / maxY) * (height - top - bottom);
    const root = svg('svg', { viewBox: '0 0 ' + width + ' ' + height, role: 'img',
      'aria-label': title + ': ' + series.map((s) => s.name).join(', ') });
    root.append(svg('line', { class: 'axis', x1: left, y1: y(0), x2: width - right, y2: y(0) }));
    root.append(svg('line', { class: 'axis', x1: left, y1: top, x2: left, y2: y(0) }));
    root.append(svg('text', { class: 'label', x: left - 4, y: top + 8, 'text-anchor': 'end' }, formatY(maxY)));
    root.append(svg('text', { class: 'label', x: left - 4, y: y(0), 'text-anchor': 'end' }, formatY(0)));
    root.append(svg('text', { class: 'label', x: left, y: height - 6 }, formatTime(new Date(minX).toISOString())));
    root.append(svg('text', { class: 'label', x: width - right, y: height - 6, 'text-anchor': 'end' },
      formatTime(new Date(maxX).toISOString())));
    series.forEach((s, index) => {
      const coordinates = s.points.filter((p) => p.value !== null && p.value !== undefined)
        .map((p) => x(Date.parse(p.at)).toFixed(1) + ',' + y(p.value).toFixed(1));
      if (coordinates.length === 1) {
        const [cx, cy] = coordinates[0].split(',');
        root.append(svg('circle', { class: 's' + index, cx, cy, r: 3 }));
      } else if (coordinates.length) {
        root.append(svg('polyline', { class: 's' + index, points: coordinates.join(' ') }));
      }
      root.append(svg('rect', { class: 'legend' + index, x: left + 8 + index * 90, y: top, width: 10, height: 10 }));
      root.append(svg('text', { class: 'label', x: left + 22 + index * 90, y: top + 9 }, s.name));
    });
    chart.append(root);
    return chart;
  }

  // My tickets (AGENT)
  async function loadMine() {
    const page = await api('/tickets?limit=100');
    const now = Date.now();
    fillTable('mine-table', (page.items || []).map((ticket) => {
      const next = (ticket.sla || []).filter((c) => c.state === 'RUNNING' && c.dueAt)
        .sort((a, b) => Date.parse(a.dueAt) - Date.parse(b.dueAt))[0];
      const left = next ? (Date.parse(next.dueAt) - now) / 1000 : null;
      return el('tr', { 'data-ticket': ticket.id },
        el('td', { text: ticket.id }), el('td', { text: ticket.subject || '' }), el('td', { text: ticket.status }),
        el('td', { text: ticket.priority }), el('td', { text: ticket.channel || '–' }),
        el('td', { class: next && left < 0 ? 'bad' : '', text: next ? next.metric + ' ' + formatTime(next.dueAt)
          + ' (' + (left < 0 ? 'overdue ' + formatDuration(-left) : formatDuration(left) + ' left') + ')' : '–' }));
    }), 'No tickets assigned to you.');
    renderMineEvents();
  }

  function renderMineEvents() {
    $('mine-events').replaceChildren(...(state.mineEvents.length
      ? state.mineEvents.map((e) => el('li', {}, formatTime(e.time) + ' ' + e.type + ' ' + (e.subject || '')))
      : [el('li', { class: 'note', text: 'Nothing yet: events on your tickets appear here as they happen.' })]));
  }

  // ---------- live stream ----------
  function setLive(stateName, text) {
    const badge = $('live-status');
    badge.dataset.state = stateName;
    badge.textContent = text;
  }

  function stopStream() {
    if (state.stream) state.stream.abort();
    state.stream = null;
    clearTimeout(state.reconnectTimer);
    state.reconnectTimer = null;
  }

  function startStream() {
    stopStream();
    state.attempt = 0;
    connect();
  }

  async function connect() {
    const controller = new AbortController();
    state.stream = controller;
    setLive('connecting', 'Connecting…');
    try {
      const headers = Object.assign({ Accept: 'text/event-stream' }, authHeaders());
      if (state.lastEventId) headers['Last-Event-ID'] = state.lastEventId;
      const response = await fetch('/api/v1/stream', { headers, cache: 'no-store', signal: controller.signal });
      if (response.status === 401) {
        signOut('Your credential is no longer accepted. Please sign in again.');
        return;
      }
      if (!response.ok || !response.body) throw new Error('HTTP ' + response.status);
      if (state.attempt > 0 && state.view && state.view !== 'denied') load(state.view); // fill the gap
      state.attempt = 0;
      setLive('live', 'Live');
      await readEvents(response.body, controller.signal);
    } catch (e) {
      if (controller.signal.aborted) return;
    }
    if (state.stream !== controller || controller.signal.aborted) return;
    // a drop: try again with exponential backoff and jitter, so a restarted gateway is not stormed
    const delay = Math.min(30000, 1000 * 2 ** state.attempt) * (0.75 + Math.random() * 0.5);
    state.attempt = Math.min(state.attempt + 1, 5);
    setLive('reconnecting', 'Reconnecting in ' + Math.ceil(delay / 1000) + ' s');
    state.reconnectTimer = setTimeout(connect, delay);
  }

  /** Parses text/event-stream (WHATWG HTML, "Server-sent events") from a fetch body. */
  async function readEvents(body, signal) {
    const reader = body.pipeThrough(new TextDecoderStream()).getReader();
    let buffer = '';
    let event = { type: 'message', data: [], id: null };
    while (!signal.aborted) {
      const { value, done } = await reader.read();
      if (done) return;
      buffer += value;
      let newline;
      while ((newline = buffer.search(/\r\n|\r|\n/)) >= 0) {
        const line = buffer.slice(0, newline);
        buffer = buffer.slice(newline + (buffer.startsWith('\r\n', newline) ? 2 : 1));
        if (line === '') {
          if (event.id !== null) state.lastEventId = event.id;
          if (event.data.length) dispatch(event.type, event.data.join('\n'));
          event = { type: 'message', data: [], id: null };
        } else if (!line.startsWith(':')) {
          const colon = line.indexOf(':');
          const field = colon < 0 ? line : line.slice(0, colon);
          const text = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
          if (field === 'event') event.type = text;
          else if (field === 'data') event.data.push(text);
          else if (field === 'id') event.id = text;
        }
      }
    }
  }

  function dispatch(type, data) {
    let payload;
    try { payload = JSON.parse(data); } catch (ignored) { return; }
    if (type === 'status') {
      if (payload.feed === 'UNAVAILABLE') setLive('unavailable', 'Live feed unavailable');
      else if (payload.feed === 'DISABLED') setLive('unavailable', 'Live feed off');
      else if (payload.feed === 'LIVE') setLive('live', 'Live');
      return;
    }
    onLiveEvent(payload);
  }

  function onLiveEvent(event) {
    const type = event.type || '';
    if (type === 'analytics.surge-detected' && isManager()) {
      const d = event.data || {};
      $('surge-text').textContent = 'Surge in team ' + (d.team || event.subject) + ': ' + formatNumber(d.inflow)
        + ' new tickets in the minute from ' + formatTime(d.windowStart) + ' (usual ' + Number(d.baseline || 0).toFixed(1)
        + ', z = ' + Number(d.zScore || 0).toFixed(1) + ').';
      $('surge').hidden = false;
    }
    if (!isManager()) {
      state.mineEvents.unshift({ time: event.time, type, subject: event.subject });
      state.mineEvents.length = Math.min(state.mineEvents.length, 20);
      if (state.view === 'mine') {
        renderMineEvents();
        if (type.startsWith('routing.') || type.startsWith('ticket.') || type.startsWith('sla.')) refreshSoon('mine', 300);
      }
      return;
    }
    if (type === 'agent.presence-changed' && state.view === 'agents' && event.data) {
      // applied at once: presence is the change a supervisor watches most
      applyPresence(event.data.agentId || event.subject, event.data.status);
    }
    if (type.startsWith('routing.') || type.startsWith('agent.')) {
      refreshSoon('queues', 500);
      refreshSoon('agents', 500);
    }
    if (type.startsWith('sla.') || type.startsWith('ticket.') || type === 'routing.assigned') refreshSoon('sla', 1000);
    if (type.startsWith('ticket.') || type.startsWith('sla.') || type === 'routing.assigned') refreshSoon('kpis', 3000);
  }

  // ---------- start ----------
  function init() {
    $('zone').textContent = Intl.DateTimeFormat().resolvedOptions().timeZone || 'your local time zone';
    $('signin-form').addEventListener('submit', onSignInSubmit);
    $('signout').addEventListener('click', () => signOut(''));
    $('surge-dismiss').addEventListener('click', () => { $('surge').hidden = true; });
    $('agents-csv').addEventListener('click', downloadAgentCsv);
    $('kpi-range').addEventListener('change', () => load('kpis'));
    $('kpi-team').addEventListener('change', () => load('kpis'));
    $('kpi-controls').addEventListener('submit', (e) => e.preventDefault());
    window.addEventListener('hashchange', () => {
      showView();
      $('main').focus();
    });
    const saved = sessionStorage.getItem(STORAGE_KEY);
    if (!saved) {
      signOut('');
      return;
    }
    let credential;
    try { credential = JSON.parse(saved); } catch (ignored) { signOut(''); return; }
    signIn(credential).catch(() => signOut('Please sign in again.'));
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', init);
  else init();
}());
