// The dashboard's only script: reads /board and /reports/kpis and draws the table, the KPI cards and three SVG bar charts.
"use strict";

const colours = { breached: "#b00020", warning: "#e08a00", active: "#2e7d32", paused: "#757575", met: "#1565c0" };

function text(tag, content, attributes) {
  const element = document.createElement(tag);
  element.textContent = content;
  Object.entries(attributes || {}).forEach(([k, v]) => element.setAttribute(k, v));
  return element;
}

function barChart(svg, items) {
  const ns = "http://www.w3.org/2000/svg";
  svg.replaceChildren();
  const width = Number(svg.getAttribute("width")), height = Number(svg.getAttribute("height"));
  const max = Math.max(1, ...items.map(i => i.value));
  const slot = (width - 20) / Math.max(1, items.length);
  items.forEach((item, index) => {
    const barHeight = Math.round((height - 40) * item.value / max);
    const x = 10 + index * slot + slot * 0.15, y = height - 20 - barHeight;
    const rect = document.createElementNS(ns, "rect");
    Object.entries({ x, y, width: slot * 0.7, height: barHeight, fill: item.colour || "#1565c0", "data-label": item.label, "data-value": item.value })
      .forEach(([k, v]) => rect.setAttribute(k, v));
    svg.appendChild(rect);
    const value = document.createElementNS(ns, "text");
    Object.entries({ x: x + slot * 0.35, y: y - 4, "text-anchor": "middle" }).forEach(([k, v]) => value.setAttribute(k, v));
    value.textContent = item.display ?? String(item.value);
    svg.appendChild(value);
    const label = document.createElementNS(ns, "text");
    Object.entries({ x: x + slot * 0.35, y: height - 6, "text-anchor": "middle" }).forEach(([k, v]) => label.setAttribute(k, v));
    label.textContent = item.label;
    svg.appendChild(label);
  });
}

function card(label, value) {
  const div = text("div", "", { class: "card", "data-kpi": label });
  div.appendChild(text("div", value, { class: "value" }));
  div.appendChild(text("div", label, { class: "label" }));
  return div;
}

const percent = ratio => ratio && ratio.denominator > 0 ? (100 * ratio.numerator / ratio.denominator).toFixed(1) + " %" : "n/a";
const hours = seconds => seconds == null ? 0 : Math.round(seconds / 36) / 100;

async function refresh() {
  const [board, kpis] = await Promise.all([fetch("board").then(r => r.json()), fetch("reports/kpis").then(r => r.json())]);
  const body = document.querySelector("#board tbody");
  body.replaceChildren();
  if (board.tickets.length === 0) {
    body.appendChild(text("tr", "")).appendChild(text("td", "No open tickets.", { colspan: 7 }));
  }
  board.tickets.forEach(t => {
    const row = text("tr", "", { class: t.status, "data-ticket": t.id });
    [["#" + t.id], [t.subject || ""], [t.policy], [t.priority], [t.status, "status"], [t.metric || "-"], [t.time_left, "left"]]
      .forEach(([value, cls]) => row.appendChild(text("td", value, cls ? { class: cls } : {})));
    body.appendChild(row);
  });

  const cards = document.getElementById("kpis");
  cards.replaceChildren(
    card("Created", String(kpis.created)), card("Resolved", String(kpis.resolved)), card("Backlog", String(kpis.backlog)),
    card("FCR", percent(kpis.first_contact_resolution)), card("SLA compliance", percent(kpis.sla_compliance)),
    card("FRT p90", kpis.first_response.p90_seconds == null ? "n/a" : hours(kpis.first_response.p90_seconds) + " h"));

  barChart(document.getElementById("chart-status"),
    ["breached", "warning", "active", "paused"].map(s => ({ label: s, value: board.by_status[s] || 0, colour: colours[s] })));
  barChart(document.getElementById("chart-channel"),
    Object.entries(kpis.by_channel).map(([label, value]) => ({ label, value })));
  barChart(document.getElementById("chart-times"), [
    { label: "FRT p50", value: hours(kpis.first_response.p50_seconds) }, { label: "FRT p90", value: hours(kpis.first_response.p90_seconds) },
    { label: "ART p50", value: hours(kpis.resolution.p50_seconds) }, { label: "ART p90", value: hours(kpis.resolution.p90_seconds) }]);
  document.getElementById("updated").textContent = "Updated " + board.now + " — " + board.tickets.length + " open tickets";
  document.body.setAttribute("data-loaded", "true");
}

refresh().catch(e => { document.getElementById("updated").textContent = "Could not load the board: " + e; });
setInterval(() => refresh().catch(() => {}), 30000);
