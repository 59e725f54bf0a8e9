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

    /// <summary>The stylesheet: layout, the colours of kinds, outcomes and stages, and how approximate and open dates look.</summary>
    public const string Stylesheet = """
        :root { color-scheme: light; }
        body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #212529; margin: 0 auto; max-width: 1220px; padding: 0 16px 48px; }
        h1 { font-size: 24px; margin: 24px 0 4px; }
        h2 { font-size: 19px; margin: 36px 0 6px; border-bottom: 1px solid #dee2e6; padding-bottom: 4px; }
        h3 { font-size: 15px; margin: 0 0 4px; }
        nav a { margin-right: 14px; }
        a { color: #1864ab; }
        .lead, .caption, .note { color: #495057; max-width: 1180px; }
        .caption { font-size: 12px; }
        .empty { color: #868e96; font-style: italic; }
        #report-errors { background: #fff5f5; border: 1px solid #c92a2a; color: #c92a2a; padding: 8px; }
        .chart { display: block; max-width: 100%; height: auto; font-family: system-ui, sans-serif; }
        .chart text { font-size: 11px; fill: #343a40; }
        .chart .tick { font-size: 10px; fill: #666; }
        .chart .panel-title { font-size: 12px; font-weight: 600; }
        .chart .band-label { font-size: 11px; font-weight: 600; }
        .chart .bar-label, .chart .fy-label { font-size: 10px; fill: #495057; }
        .chart .span-label { font-size: 10px; }
        .chart .span-label.inside { fill: #fff; }
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
        .o-surrendered { fill: #2b8a3e; }
        .o-granted-then-annulled { fill: #f08c00; }
        .o-requested { fill: #1c7ed6; }
        .o-pending { fill: #74c0fc; }
        .o-denied { fill: #c92a2a; }
        .o-unknown { fill: #adb5bd; }
        .seg.approx { stroke: #343a40; }
        .s-request { fill: #74c0fc; }
        .s-appropriation { fill: #1864ab; }
        .s-budget { fill: #2b8a3e; }
        .s-assistance-total { fill: #f08c00; }
        .open-start, .open-end { stroke: #343a40; stroke-dasharray: 4 3; }
        .edge { fill: none; }
        .edge.lead { stroke: #1864ab; stroke-width: 2.2; }
        .edge.participant { stroke: #868e96; stroke-width: 1.3; stroke-dasharray: 5 3; }
        .node.program { fill: #e7f5ff; stroke: #1864ab; }
        .node.program.isolated { fill: #f8f9fa; stroke: #adb5bd; }
        .node.agency.home { fill: #1864ab; }
        .node.agency.abroad { fill: #2b8a3e; }
        .chart .node-label { font-size: 11px; fill: #212529; }
        svg a:hover rect, svg a:hover circle { stroke: #000; stroke-width: 2; }
        svg a:hover line { stroke: #000; }
        .side-by-side { display: flex; flex-wrap: wrap; gap: 24px; align-items: flex-start; }
        .side-by-side > div { flex: 1 1 520px; min-width: 0; }
        table.figures { border-collapse: collapse; font-size: 12px; width: 100%; }
        table.figures th, table.figures td { border-bottom: 1px solid #dee2e6; padding: 3px 6px; text-align: left; vertical-align: top; }
        table.figures td.value { white-space: nowrap; font-weight: 600; }
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
        """;
}
