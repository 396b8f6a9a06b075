/** Renders a PaneView into the results area, and the pane's fixed words into the page. */
import type { AmountColumn } from "../index.js";
import { el, replaceChildren } from "./dom.js";
import type { Strings } from "./i18n.js";
import type {
  LiveItemView,
  PaneView,
  PreviewTable,
  ProblemGroup,
  ProblemView,
} from "./viewModel.js";

type StringKey = { [K in keyof Strings]: Strings[K] extends string ? K : never }[keyof Strings];

function lookup(s: Strings, key: string | undefined): string | null {
  if (key === undefined || !(key in s)) return null;
  const value = s[key as StringKey];
  return typeof value === "string" ? value : null;
}

/**
 * Fills every element marked data-i18n (text), data-i18n-placeholder, data-i18n-title and
 * data-i18n-label (aria-label) with the string of that key.
 */
export function applyStrings(root: ParentNode, s: Strings): void {
  for (const node of root.querySelectorAll<HTMLElement>("[data-i18n]")) {
    const text = lookup(s, node.dataset.i18n);
    if (text !== null) node.textContent = text;
  }
  const attrs: [string, string][] = [
    ["i18nPlaceholder", "placeholder"],
    ["i18nTitle", "title"],
    ["i18nLabel", "aria-label"],
  ];
  for (const [data, attr] of attrs) {
    const selector = `[data-${data.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}]`;
    for (const node of root.querySelectorAll<HTMLElement>(selector)) {
      const text = lookup(s, node.dataset[data]);
      if (text !== null) node.setAttribute(attr, text);
    }
  }
}

/** The text-form choices, the current one selected ("auto": recognised from the text). */
export function formOptions(select: HTMLSelectElement, s: Strings, value: FormChoice): void {
  const keys = Object.keys(s.formChoices) as FormChoice[];
  replaceChildren(
    select,
    keys.map((key) => el("option", { text: s.formChoices[key], attrs: { value: key } })),
  );
  select.value = value;
}

export type FormChoice = keyof Strings["formChoices"];

export function costColumnOptions(
  select: HTMLSelectElement,
  s: Strings,
  value: AmountColumn,
): void {
  const keys = Object.keys(s.columns) as AmountColumn[];
  replaceChildren(
    select,
    keys.map((key) => el("option", { text: s.columns[key], attrs: { value: key } })),
  );
  select.value = value;
}

function counts(view: PaneView, s: Strings): HTMLElement {
  const items: [number, string, string][] = [
    [view.counts.tables, s.countTables, "tables"],
    [view.counts.units, s.countUnits, "units"],
    [view.counts.projects, s.countProjects, "projects"],
    [view.counts.indicators, s.countIndicators, "indicators"],
  ];
  return el(
    "ul",
    { className: "counts", attrs: { "data-testid": "counts" } },
    items.map(([n, label, key]) =>
      el("li", { attrs: { "data-count": key } }, [
        el("span", { className: "count-n", text: String(n) }),
        el("span", { className: "count-label", text: label }),
      ]),
    ),
  );
}

function problemItem(p: ProblemView): HTMLElement {
  return el("li", { className: `problem ${p.severity}`, attrs: { "data-rule": p.rule } }, [
    el("p", { className: "problem-message", text: p.message }),
    p.numbers.length > 0 &&
      el(
        "dl",
        { className: "numbers" },
        p.numbers.map((n) =>
          el("div", {}, [el("dt", { text: n.label }), el("dd", { text: n.value })]),
        ),
      ),
  ]);
}

function problemGroup(g: ProblemGroup, s: Strings): HTMLElement {
  const badge =
    g.items.length > 0
      ? el("span", { className: "badge", text: String(g.items.length) })
      : el("span", { className: "badge badge-info", text: String(g.notes.length) });
  const list = g.items.length > 0 && el("ul", { className: "problems" }, g.items.map(problemItem));
  const notes =
    g.notes.length > 0 &&
    el("details", { className: "notes" }, [
      el("summary", { text: s.notes(g.notes.length) }),
      el("ul", { className: "problems" }, g.notes.map(problemItem)),
    ]);
  if (g.collapsed) {
    return el("details", { className: `group group-${g.rule}`, attrs: { "data-rule": g.rule } }, [
      el("summary", {}, [el("span", { text: g.title }), badge]),
      list,
      notes,
    ]);
  }
  return el("section", { className: `group group-${g.rule}`, attrs: { "data-rule": g.rule } }, [
    el("h3", {}, [el("span", { text: g.title }), badge]),
    list,
    notes,
  ]);
}

function preview(table: PreviewTable, s: Strings): HTMLElement {
  const head = el("tr", {}, [
    el("th", { text: s.previewName, attrs: { scope: "col" } }),
    ...table.columns.map((c) =>
      el("th", { text: c.label, className: "num", attrs: { scope: "col" } }),
    ),
  ]);
  const body = table.rows.map((row) =>
    el("tr", { className: `row-${row.kind}`, attrs: { "data-row": row.id } }, [
      el("th", { text: row.name, attrs: { scope: "row", title: row.name } }),
      ...row.cells.map((cell, i) => {
        const bad = cell.problems.length > 0;
        const column = table.columns[i]?.key ?? "";
        return el(
          "td",
          {
            className: bad ? "num bad" : "num",
            attrs: bad
              ? { "data-column": column, title: cell.problems.join("\n") }
              : { "data-column": column },
          },
          [cell.text, bad && el("span", { className: "sr-only", text: `（${s.problemCell}）` })],
        );
      }),
    ]),
  );
  return el("figure", { className: "preview" }, [
    el("figcaption", { text: table.caption }),
    el(
      "div",
      {
        className: "scroll",
        attrs: { tabindex: "0", role: "region", "aria-label": table.caption },
      },
      [el("table", {}, [el("thead", {}, [head]), el("tbody", {}, body)])],
    ),
    table.more !== null && el("p", { className: "hint", text: table.more }),
  ]);
}

/** Every input line the parser could not place or set aside, with its reason. */
function diagnosticList(view: PaneView, s: Strings): HTMLElement {
  return el(
    "details",
    { className: "diagnostics", attrs: { open: "", "data-testid": "diagnostics" } },
    [
      el("summary", {
        text: s.diagnosticsTitle(
          view.diagnostics.length,
          view.diagnostics.filter((d) => d.setAside).length,
        ),
      }),
      view.diagnostics.length === 0
        ? el("p", { className: "hint", text: s.noDiagnostics })
        : el(
            "ol",
            { className: "diagnostic-list" },
            view.diagnostics.map((d) =>
              el(
                "li",
                { className: d.setAside ? "set-aside" : "", attrs: { "data-code": d.code } },
                [
                  el("span", { className: "diag-line", text: d.line }),
                  el("q", { className: "diag-text", text: d.text }),
                  el("span", { className: "diag-reason", text: d.reason }),
                ],
              ),
            ),
          ),
    ],
  );
}

export function renderResults(container: HTMLElement, view: PaneView, s: Strings): void {
  container.dataset.state = view.state;
  if (view.state === "empty") {
    replaceChildren(container, [el("p", { className: "empty", text: s.emptyInput })]);
    return;
  }
  const sections: (HTMLElement | false)[] = [
    el("section", { attrs: { "aria-labelledby": "summary-title" } }, [
      el("h2", { text: s.summaryTitle, attrs: { id: "summary-title" } }),
      counts(view, s),
      view.form !== null &&
        el("p", { className: "form-note", text: view.form, attrs: { "data-testid": "form" } }),
      view.state === "no-table" &&
        el("p", { className: "warning-text", text: view.reason ?? s.noTable }),
    ]),
  ];
  if (view.state === "ok") {
    sections.push(
      el("section", { attrs: { "aria-labelledby": "problems-title", "data-testid": "problems" } }, [
        el("h2", { text: s.problemsTitle, attrs: { id: "problems-title" } }),
        view.groups.some((g) => g.rule !== "framework" && g.items.length > 0)
          ? null
          : el("p", { className: "ok-text", text: s.noProblems }),
        ...view.groups.map((g) => problemGroup(g, s)),
      ]),
    );
  }
  // A refused text has its reason above and no line of it read: "every line placed" would
  // contradict it.
  if (view.state === "ok" || view.diagnostics.length > 0) sections.push(diagnosticList(view, s));
  if (view.preview.length > 0) {
    sections.push(
      el("section", { attrs: { "aria-labelledby": "preview-title" } }, [
        el("h2", { text: s.previewTitle, attrs: { id: "preview-title" } }),
        ...view.preview.map((t) => preview(t, s)),
      ]),
    );
  }
  replaceChildren(container, sections);
}

/**
 * The problems the written workbook shows now: one button per problem, carrying the sheet and
 * address it selects. `items` null: not read yet.
 */
export function renderLive(
  container: HTMLElement,
  items: readonly LiveItemView[],
  s: Strings,
): void {
  if (items.length === 0) {
    replaceChildren(container, [el("p", { className: "ok-text", text: s.liveNone })]);
    return;
  }
  replaceChildren(container, [
    el(
      "ul",
      { className: "live-list", attrs: { "data-testid": "live-problems" } },
      items.map((item) =>
        el("li", {}, [
          el(
            "button",
            {
              className: `live-item live-${item.kind}`,
              attrs: {
                type: "button",
                "data-kind": item.kind,
                "data-sheet": item.sheet,
                "data-address": item.address,
                title: s.liveSelectLabel(item.where),
              },
            },
            [
              el("span", { className: "live-title", text: item.title }),
              el("span", { className: "live-name", text: item.name }),
              el("span", { className: "live-meta" }, [
                el("span", { className: "live-where", text: item.where }),
                el("span", { className: "live-what", text: item.what }),
              ]),
            ],
          ),
        ]),
      ),
    ),
  ]);
}
