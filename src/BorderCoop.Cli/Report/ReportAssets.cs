namespace BorderCoop.Cli.Report;

/// <summary>
/// The fixed parts of the report page: its content security policy, stylesheet and two small scripts. None of them
/// holds data, and none refers to anything outside the file.
/// </summary>
internal static class ReportAssets
{
    /// <summary>
    /// The content security policy the page declares: nothing may be loaded from anywhere; only the page's own inline
    /// styles and scripts run, and images only from <c>data:</c> (the report has none). A browser refuses, and reports,
    /// any request the page would make.
    /// </summary>
    public const string ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:";

    /// <summary>
    /// The first script, in the head: records every script error and every request the security policy refuses into
    /// <c>#report-errors</c>, so a reader sees them and a test can read them from the rendered page.
    /// </summary>
    public const string ErrorScript = """
        (function () {
          var errors = window.reportErrors = [];
          function note(text) {
            errors.push(text);
            var out = document.getElementById('report-errors');
            if (out) { out.textContent = errors.join('\n'); out.hidden = false; }
          }
          window.addEventListener('error', function (e) { note('script error: ' + e.message); });
          document.addEventListener('securitypolicyviolation', function (e) {
            note('refused by the content security policy: ' + e.violatedDirective + ' ' + e.blockedURI);
          });
        })();
        """;

    /// <summary>
    /// The last script: counts, per kind of chart item, the items the browser really drew (with a non-empty box) and
    /// writes them with the errors seen so far as JSON into <c>#render-check</c>.
    /// </summary>
    public const string RenderCheckScript = """
        (function () {
          var drawn = {};
          var items = document.querySelectorAll('[data-item]');
          for (var i = 0; i < items.length; i++) {
            var box = items[i].getBoundingClientRect();
            if (box.width > 0 || box.height > 0) {
              var item = items[i].getAttribute('data-item');
              drawn[item] = (drawn[item] || 0) + 1;
            }
          }
          var errors = window.reportErrors || [];
          var out = document.getElementById('report-errors');
          if (out && errors.length > 0) { out.textContent = errors.join('\n'); out.hidden = false; }
          document.getElementById('render-check').textContent = JSON.stringify({ drawn: drawn, errors: errors });
        })();
        """;

    /// <summary>
    /// The stylesheet: layout, the colours of kinds, stages and qualifiers, how approximate and open dates look, which
    /// layout of each chart a screen shows (the narrow one at 720 pixels and below), tables that reflow on a phone, and
    /// print (landscape pages, the wide charts, no chart or card split across pages).
    /// </summary>
    public const string Stylesheet = """
        :root { color-scheme: light; }
        body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #212529; margin: 0 auto; max-width: 1220px; padding: 0 16px 48px; overflow-wrap: break-word; }
        h1 { font-size: 24px; margin: 24px 0 4px; }
        h2 { font-size: 19px; margin: 36px 0 6px; border-bottom: 1px solid #dee2e6; padding-bottom: 4px; }
        h3 { font-size: 16px; margin: 22px 0 6px; }
        h4 { font-size: 14px; margin: 0 0 6px; }
        nav { display: flex; flex-wrap: wrap; gap: 4px 16px; }
        a { color: #1864ab; }
        .lead, .caption, .note { color: #495057; max-width: 1180px; }
        .caption { font-size: 12px; }
        .empty { color: #868e96; font-style: italic; }
        .release { margin: 0 0 6px; color: #343a40; }
        #report-errors { background: #fff5f5; border: 1px solid #c92a2a; color: #c92a2a; padding: 8px; }
        code, .url, .path, .file, .rid, blockquote, .version-record { overflow-wrap: anywhere; }
        section.sources h2 { margin-top: 20px; }
        ol.sources { margin: 4px 0; padding-left: 24px; }
        ol.sources li { margin: 0 0 8px; }
        ol.sources cite { font-style: normal; font-weight: 600; }
        ol.sources cite.untitled { font-style: italic; font-weight: 400; }
        ol.sources .about { color: #495057; font-size: 13px; }
        ol.sources .description { color: #495057; font-size: 12px; }
        .chart { display: block; height: auto; font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; margin: 8px 0; }
        .chart.wide { max-width: 100%; }
        .chart.narrow { display: none; width: 100%; max-width: 540px; }
        @media (max-width: 720px) {
          .chart.wide { display: none; }
          .chart.narrow { display: block; }
        }
        .chart text { font-size: 12px; fill: #343a40; paint-order: stroke; stroke: #fff; stroke-width: 3px; stroke-linejoin: round; }
        .chart .credit { fill: #495057; font-style: italic; }
        .chart .tick, .chart .credit, .chart .fy-label, .chart .bar-label, .chart .mark-number, .chart .row-detail, .chart .when, .chart .span-label, .chart .chip-text, .chart .badge-text { font-size: 11px; }
        .chart .tick { fill: #555; }
        .chart .panel-title { font-size: 13px; font-weight: 600; fill: #212529; }
        .chart .band-label, .chart .row-heading, .chart .span-heading, .chart .span-title { font-weight: 600; }
        .chart .value-label { font-weight: 600; fill: #212529; }
        .chart .row-detail, .chart .when { fill: #495057; }
        .chart .when.undated { font-style: italic; fill: #868e96; }
        .chart .mark-number { fill: #212529; }
        .chart .badge-text { fill: #fff; stroke: none; font-weight: 700; }
        .chart .chip-text { stroke: none; fill: #212529; }
        .chart .chip-text.lead { fill: #fff; }
        .axis-break { fill: #fff; stroke: #adb5bd; stroke-dasharray: 2 3; }
        .band { fill: #f8f9fa; }
        .band.alt { fill: #f1f3f5; }
        .grid { stroke: #e9ecef; stroke-width: 1; }
        .grid.major { stroke: #ced4da; }
        .baseline { stroke: #495057; stroke-width: 1; }
        .mark { stroke-width: 1; }
        .mark.agreement { fill: #1971c2; stroke: #1971c2; }
        .mark.program { fill: #2f9e44; stroke: #2f9e44; }
        .mark.extradition { fill: #e03131; stroke: #e03131; }
        .mark.event { fill: #7048e8; stroke: #7048e8; }
        .mark.person { fill: #a0522d; stroke: #a0522d; }
        .mark.source { fill: #495057; stroke: #495057; }
        .mark.other { fill: #f08c00; stroke: #f08c00; }
        .mark.key { fill: #495057; stroke: #495057; }
        .mark.year { fill-opacity: 0.45; }
        .approx { fill-opacity: 0.06 !important; stroke-dasharray: 3 2; stroke-width: 1.5; }
        .seg { stroke: #fff; stroke-width: 0.5; }
        .s-request { fill: #74c0fc; }
        .s-appropriation { fill: #1864ab; }
        .s-budget { fill: #2b8a3e; }
        .s-assistance-total { fill: #f08c00; }
        .open-start, .open-end { stroke: #343a40; stroke-dasharray: 4 3; }
        .row { fill: transparent; }
        .row.conflicted { fill: #fff4e6; fill-opacity: 0.75; }
        .row-rule { stroke: #dee2e6; }
        .qbar { fill: #1864ab; }
        .qbar.m-annual-average { fill: #0c8599; }
        .qbar.m-denied, .qbar.m-pending { fill: #5f3dc4; }
        .qbar.hollow { fill: #fff; stroke: #1864ab; stroke-width: 1.5; stroke-dasharray: 4 2; }
        .qbar.fade-1 { fill-opacity: 0.75; }
        .qbar.fade-2 { fill-opacity: 0.5; }
        .qbar.fade-3 { fill-opacity: 0.3; }
        .qbar.fade-4 { fill-opacity: 0.15; }
        .qcap { stroke: #0b3d6b; stroke-width: 2; }
        .qarrow { stroke: #1864ab; stroke-width: 2; stroke-dasharray: 3 2; }
        .qarrow-head { fill: #1864ab; }
        .qarrow.more, .qarrow-head.more { stroke: #1864ab; fill: #fff; stroke-width: 1.5; }
        .span { fill: #868e96; }
        .span.approx { stroke: #495057; }
        .span.open-start, .span.open-end { fill: #ced4da; stroke: #495057; stroke-dasharray: 4 3; }
        .span-arrow { fill: #495057; }
        .as-of { fill: #495057; }
        .track { fill: #f8f9fa; stroke: #e9ecef; }
        .badge { fill: #e8590c; rx: 3px; }
        .edge { fill: none; }
        .edge.lead { stroke: #1864ab; stroke-width: 2.2; }
        .edge.participant { stroke: #868e96; stroke-width: 1.3; stroke-dasharray: 5 3; }
        .node.program { fill: #e7f5ff; stroke: #1864ab; }
        .node.program.isolated { fill: #f8f9fa; stroke: #adb5bd; }
        .node.agency.home { fill: #1864ab; }
        .node.agency.abroad { fill: #2b8a3e; }
        .chip { rx: 9px; stroke-width: 1.5; }
        .chip.home { stroke: #1864ab; }
        .chip.abroad { stroke: #2b8a3e; }
        .chip.home.lead { fill: #1864ab; }
        .chip.abroad.lead { fill: #2b8a3e; }
        .chip.participant { fill: #fff; stroke-dasharray: 4 2; }
        .chart .node-label { fill: #212529; stroke: none; }
        svg a:hover rect, svg a:hover circle { stroke: #000; stroke-width: 2; }
        svg a:hover line { stroke: #000; }
        ol.timeline-key { list-style: none; padding: 0; margin: 8px 0; columns: 3 300px; column-gap: 24px; font-size: 13px; }
        ol.timeline-key li { break-inside: avoid; margin: 0 0 3px; padding-left: 34px; text-indent: -34px; }
        ol.timeline-key .num { display: inline-block; min-width: 26px; text-indent: 0; text-align: right; margin-right: 4px; font-weight: 600; border-right: 4px solid #adb5bd; padding-right: 4px; }
        ol.timeline-key .date { font-variant-numeric: tabular-nums; color: #495057; }
        .key-agreement { border-color: #1971c2 !important; }
        .key-program { border-color: #2f9e44 !important; }
        .key-extradition { border-color: #e03131 !important; }
        .key-event { border-color: #7048e8 !important; }
        .key-person { border-color: #a0522d !important; }
        .key-source { border-color: #495057 !important; }
        .key-other { border-color: #f08c00 !important; }
        .badge { display: inline-block; background: #e8590c; color: #fff; font-weight: 700; font-size: 12px; min-width: 18px; text-align: center; border-radius: 3px; padding: 0 3px; }
        article.disagreement { border-left: 3px solid #e8590c; background: #fff9f2; margin: 12px 0; padding: 8px 12px; }
        .versions { display: grid; grid-template-columns: repeat(auto-fit, minmax(260px, 1fr)); gap: 12px; }
        .version { background: #fff; border: 1px solid #ffd8a8; padding: 6px 10px; min-width: 0; }
        .version p { margin: 0 0 4px; }
        .version-number { font-size: 12px; font-weight: 600; color: #e8590c; text-transform: uppercase; letter-spacing: 0.03em; }
        .version .statement { font-weight: 500; }
        .version-record { font-size: 13px; }
        .explanation { font-size: 13px; margin: 8px 0 0; }
        table.cases { border-collapse: collapse; font-size: 13px; width: 100%; }
        table.cases th, table.cases td { border-bottom: 1px solid #dee2e6; padding: 4px 8px; text-align: left; vertical-align: top; }
        @media (max-width: 720px) {
          table.reflow thead { display: none; }
          table.reflow, table.reflow tbody, table.reflow tr, table.reflow td { display: block; width: auto; }
          table.reflow tr { border-bottom: 1px solid #dee2e6; padding: 6px 0; }
          table.reflow td { border: 0; padding: 1px 0; }
          table.reflow td::before { content: attr(data-label) ": "; color: #868e96; font-size: 12px; }
        }
        article.record { border-left: 3px solid #dee2e6; margin: 12px 0; padding: 4px 12px; }
        article.record:target { border-left-color: #f08c00; background: #fff9db; }
        .rid { color: #868e96; font-size: 12px; margin: 0 0 4px; }
        ol.citations { margin: 4px 0; padding-left: 22px; }
        blockquote { margin: 4px 0 0; font-family: Georgia, serif; }
        blockquote::before { content: "“"; }
        blockquote::after { content: "”"; }
        .source { margin: 0 0 6px; font-size: 12px; color: #495057; }
        .path, .url { color: #868e96; }
        .uncited { color: #868e96; font-size: 12px; }
        .conflict { background: #fff4e6; border-left: 3px solid #f08c00; padding: 4px 8px; font-size: 12px; }
        @page { size: A4 landscape; margin: 12mm; }
        @media print {
          body { max-width: none; padding: 0; font-size: 11pt; }
          nav, #report-errors, #render-check { display: none !important; }
          a { color: inherit; text-decoration: none; }
          .chart.wide { display: block !important; width: 100%; max-width: 100%; }
          .chart.narrow { display: none !important; }
          .chart, article.disagreement, .version, table.cases tr, ol.timeline-key li, article.record { break-inside: avoid; }
          h2, h3 { break-after: avoid; }
          svg a:hover rect, svg a:hover circle { stroke-width: inherit; }
        }
        """;
}
