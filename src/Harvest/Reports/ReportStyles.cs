namespace TruckFactor.Harvest.Reports;

/// <summary>The reports' one style sheet, inlined in every page (no file or network fetch is ever needed).</summary>
internal static class ReportStyles
{
    /// <summary>The CSS text, including the risk colours.</summary>
    public static string Css { get; } = Base + RiskScale.CssRules() + Print;

    private const string Base = """
        :root{--ink:#1f2328;--muted:#59636e;--line:#d1d9e0;--soft:#f6f8fa;--accent:#0969da}
        *{box-sizing:border-box}
        html{-webkit-text-size-adjust:100%}
        body{margin:0;color:var(--ink);background:#fff;font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,
        "Helvetica Neue",Arial,sans-serif}
        main{max-width:1200px;margin:0 auto;padding:20px 24px 40px}
        a{color:var(--accent)}
        h1{font-size:26px;line-height:1.25;margin:4px 0 2px;overflow-wrap:anywhere}
        h2{font-size:18px;margin:0 0 4px}
        p{margin:4px 0}
        code,.mono{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:13px}
        .crumb{margin:0 0 6px;font-size:14px}
        .meta{color:var(--muted);font-size:14px;margin:2px 0 0}
        .meta span+span::before{content:" · "}
        .note{color:var(--muted);font-size:13px;margin:2px 0 10px}
        section{margin:22px 0 0}
        .card{border:1px solid var(--line);border-radius:8px;padding:14px 16px;background:#fff}
        .grid{display:grid;grid-template-columns:repeat(auto-fit,minmax(420px,1fr));gap:18px;align-items:start;
        margin:22px 0 0}
        .overview{display:grid;grid-template-columns:minmax(300px,1fr) 2fr;gap:18px;align-items:start;margin:16px 0 0}
        .tiles{display:grid;grid-template-columns:1fr 1fr;gap:12px}
        .overview section,.grid section{margin:0}
        .stack{display:grid;gap:18px}
        .tile{border:1px solid var(--line);border-radius:8px;padding:10px 14px;background:var(--soft)}
        .tile b{display:block;font-size:26px;line-height:1.2}
        .tile b small{font-size:15px;font-weight:600;color:var(--muted)}
        .tile span{color:var(--muted);font-size:13px}
        #tile-at-risk{border-color:#b2182b;background:#fff5f5}
        .explain{grid-column:1/-1;font-size:13px;color:var(--muted);margin:0;padding:2px 2px 0}
        svg.histogram{max-width:760px}
        svg.histogram rect{stroke:#1f232833;stroke-width:1}
        .headline{display:flex;gap:20px;align-items:center;margin:16px 0 0;padding:16px 18px;
        border:1px solid var(--line);border-radius:10px;background:var(--soft)}
        .headline .big{flex:none;width:116px;height:104px;border-radius:14px;display:flex;flex-direction:column;
        align-items:center;justify-content:center;font-size:48px;font-weight:700;line-height:1}
        .headline .big small{font-size:11px;font-weight:600;letter-spacing:.05em;margin-top:6px;white-space:nowrap}
        .lead{font-size:18px;margin:0}
        .tf{display:inline-block;min-width:2em;padding:1px 7px;border-radius:10px;text-align:center;font-weight:700}
        table{border-collapse:collapse;width:100%;font-size:14px}
        th,td{text-align:left;padding:6px 8px;border-bottom:1px solid var(--line);vertical-align:top}
        thead th{position:sticky;top:0;background:#fff;border-bottom:2px solid var(--line);white-space:nowrap}
        td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}
        td.repo{overflow-wrap:anywhere;max-width:420px}
        tbody tr:hover{background:var(--soft)}
        th button{font:inherit;font-weight:600;color:inherit;background:none;border:0;padding:0;cursor:pointer}
        th button::after{content:" ↕";color:var(--muted);font-weight:400}
        th[aria-sort=ascending] button::after{content:" ↑"}
        th[aria-sort=descending] button::after{content:" ↓"}
        .status{font-size:12px;color:var(--muted)}
        .status.failed{color:#82071e;padding:1px 6px;border-radius:8px;border:1px solid #ff818266;background:#ffebe9}
        .failures li{margin:6px 0}
        .failures .reason{color:var(--muted)}
        svg{display:block;width:100%;height:auto;font-family:inherit}
        svg text{fill:var(--ink);font-size:12px}
        svg .axis{stroke:#8c959f;stroke-width:1}
        svg .grid-line{stroke:#eaeef2;stroke-width:1}
        svg .muted{fill:var(--muted)}
        svg .threshold{stroke:#b2182b;stroke-width:1.5;stroke-dasharray:6 4}
        svg .marker{stroke:#1f2328;stroke-width:1;stroke-dasharray:3 3}
        svg .curve{fill:none;stroke:var(--accent);stroke-width:2.5}
        svg .area{fill:#0969da14}
        svg .track{fill:#eaeef2}
        svg .label{pointer-events:none}
        svg text.on-dark{fill:#fff}
        svg.treemap rect{stroke:#fff;stroke-width:1}
        svg.treemap rect:hover{stroke:#1f2328;stroke-width:2}
        .legend{list-style:none;display:flex;flex-wrap:wrap;gap:6px 16px;padding:0;margin:8px 0;font-size:13px}
        .swatch{display:inline-block;width:14px;height:14px;border-radius:3px;margin-right:6px;
        vertical-align:-2px;border:1px solid #0002}
        .paths{columns:3 280px;column-gap:24px;padding-left:0;list-style:none;margin:8px 0 0}
        .paths li{break-inside:avoid;overflow-wrap:anywhere;padding:1px 0}
        .paths .dir{color:var(--muted)}
        footer{margin:32px 0 0;padding-top:10px;border-top:1px solid var(--line);color:var(--muted);font-size:13px}

        """;

    private const string Print = """
        @media (max-width:900px){.grid,.overview{grid-template-columns:1fr}
        .headline{flex-direction:column;align-items:start}}
        @media print{
        @page{margin:12mm}
        body{font-size:10pt}
        main{max-width:none;padding:0}
        a{color:inherit;text-decoration:none}
        .crumb{display:none}
        thead th{position:static}
        th button::after{content:""}
        .card,.headline,svg,tr,h2{break-inside:avoid}
        h2{break-after:avoid}
        .grid,.overview{grid-template-columns:1fr}
        .headline{flex-direction:row;align-items:center}
        svg.authors,svg.coverage,svg.histogram,svg.areas{max-width:560px}
        .card{border:0;padding:0}
        .paths{columns:2}
        *{-webkit-print-color-adjust:exact;print-color-adjust:exact}
        }

        """;
}
